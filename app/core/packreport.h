#pragma once

#include "content.h"

#include <QJsonObject>

/** What a kiosk would show from a pack, as JSON for IT (lactation-pack inspect). */
struct PackReportRequest
{
    QDate from; ///< first day, in the site's zone
    QDate to; ///< last day included
    QString language; ///< one of the pack's languages
};

QJsonObject packReport(const Content &content, const PackReportRequest &request);

/** ISO 8601 with the UTC offset of the time's zone ("2026-11-17T10:00:00-06:00"). */
QString isoWithOffset(const QDateTime &at);
