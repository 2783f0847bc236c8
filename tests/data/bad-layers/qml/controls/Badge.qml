import QtQuick
import Lactation.Core

Item {}
