#pragma once

#include "content.h"

#include <QJsonObject>
#include <optional>

/** What a kiosk would show from a pack, as JSON for IT (lactation-pack inspect). */
struct PackReportRequest
{
    QDate from; ///< first day, in the site's zone
    QDate to; ///< last day included
    QString language; ///< one of the pack's languages

    /**
     * The request `lactation-pack inspect` makes from its options (empty: not given): the pack's
     * first language, and today in the site's zone through 60 days on. Nullopt with @p why for a
     * language the pack lacks, a day that is not YYYY-MM-DD, or a window that ends before it
     * begins.
     */
    static std::optional<PackReportRequest> fromOptions(const PackInfo &pack,
        const QString &language, const QString &from, const QString &to, QString *why);
};

QJsonObject packReport(const Content &content, const PackReportRequest &request);

/** ISO 8601 with the UTC offset of the time's zone ("2026-11-17T10:00:00-06:00"). */
QString isoWithOffset(const QDateTime &at);
