#pragma once

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <utility>

/**
 * Everything the kiosk needs to know about one language, from its BCP 47 tag ("en", "es", "vi",
 * "zh-Hans", "ar", "pt-BR"): how to write its dates and times, its name in itself, its direction
 * and script, the fonts that draw it, the voice that reads it and how that voice is given
 * numbers and times. Profiles are data (languages.json, built in; pack.json's languageProfiles
 * override any field); a tag without a profile takes Qt's locale data, and no voice.
 */
struct LanguageProfile
{
    /** A speech-dispatcher voice by name, and the locale set before it. */
    struct Voice
    {
        QString name; ///< espeak-ng's name through speech-dispatcher: "English (America)"
        QLocale locale;
        bool isNull() const { return name.isEmpty(); }
    };

    /** How a line is given to the voice: words the screen writes as symbols or numbers. */
    struct Speech
    {
        QString conjunction; ///< "&" said: "and", "y"
        QString rangeTo; ///< "10 to 11 30": "to", "a"
        /** A time's part of the day said after it, from the hour (0–23) on: (0, "a m"), (12, "p
         * m"). */
        QList<std::pair<int, QString>> dayPeriods;
        QString digitSeparator = QStringLiteral(" "); ///< between a phone number's digits
        QString groupSeparator = QStringLiteral(", "); ///< between its groups
        QString fullStop = QStringLiteral("."); ///< ends a sentence of the read-aloud

        /** The words after a time at @p hour24 ("p m", "de la tarde"); empty: none. */
        QString dayPeriod(int hour24) const;
    };

    QString tag; ///< as the pack names it: "en", "zh-Hans"
    QLocale locale; ///< dates, weekdays, month names
    QString nativeName; ///< "English", "Español", "Tiếng Việt"
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString script; ///< ISO 15924: "Latn", "Arab", "Hans"
    QStringList fonts; ///< families that draw it, best first (the last "Noto Sans", for Latin)
    QString clock; ///< "12h", "24h", or empty: as the language writes it in the site's country
    QString am; ///< "a.m."; empty: the locale's own
    QString pm;
    QString dateFormat; ///< a weekday and a date without the year: "dddd, MMMM d"
    /** How a time is written when the language puts the day period first (Qt's QTime format,
     * "AP" for the locale's 上午/下午): "APh:mm" gives "下午6:00"; empty: "6:00 p.m." or "18:00". */
    QString timeFormat;
    Voice voice; ///< null: no voice reads this language
    Speech speech;

    bool rightToLeft() const { return direction == Qt::RightToLeft; }

    /**
     * @p text as a right-to-left paragraph of this language must hold it: each run of Latin
     * letters and Western digits – a phone number, a time or a range of times, a URL, an address,
     * a Latin name – wrapped in Unicode's left-to-right isolate (U+2066 … U+2069), so the bidi
     * algorithm keeps its order ("312 555 0142" would read "0142 555 312", "10:00–11:30" would read
     * "11:30–10:00"). Unchanged in a left-to-right language.
     */
    QString isolated(const QString &text) const;
    QVariant isolated(const QVariant &value) const;

    /**
     * The profile of @p tag: the built-in one, with the fields of @p overrides (one entry of
     * pack.json's languageProfiles) over it; Qt's locale data for what neither says.
     */
    static LanguageProfile of(const QString &tag, const QJsonObject &overrides = {});
    /** Whether languages.json has a profile for @p tag. */
    static bool isBuiltIn(const QString &tag);
    /** What is wrong with @p fields as a profile (unknown key, wrong type), one line each. */
    static QStringList check(const QJsonObject &fields);
};
