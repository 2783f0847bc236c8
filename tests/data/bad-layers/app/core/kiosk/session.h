#pragma once

#include "clock.h"
