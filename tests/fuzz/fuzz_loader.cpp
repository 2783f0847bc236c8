// libFuzzer target: the pack readers on arbitrary bytes must neither crash nor hang.
// The first byte picks the reader: iCalendar, JSON (pack.json shape), HSDS services, a page, and
// (4 mod 8, which took iCalendar before, so the corpus keeps its readers) WebVTT captions.
#include "jsonfields.h"
#include "occurrences.h"
#include "packreaders.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QTimeZone chicago("America/Chicago");
    static PackInfo pack = [] {
        PackInfo p;
        p.languages = { QStringLiteral("en") };
        p.timeZone = chicago;
        p.topics.append({ QStringLiteral("basics"), {} });
        return p;
    }();
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString text = QString::fromUtf8(bytes);
    QList<Problem> problems;
    ProblemSink sink(&problems, QStringLiteral("fuzz"));
    if (data[0] % 8 == 4) {
        (void)parseWebVtt(text, sink);
        return 0;
    }
    switch (data[0] % 4) {
    case 0: {
        const auto series = parseCalendar(text, QStringLiteral("en"), chicago, sink);
        const QDateTime from(QDate(2026, 11, 1), QTime(0, 0), chicago);
        (void)expandOccurrences(series, from, from.addDays(60), chicago);
        break;
    }
    case 1:
        (void)parseJson(bytes, sink);
        break;
    case 2:
        if (const auto doc = parseJson(bytes, sink))
            (void)parseServices(*doc, QStringLiteral("en"), sink);
        break;
    default:
        (void)parsePage(text, pack, sink);
        break;
    }
    return 0;
}
