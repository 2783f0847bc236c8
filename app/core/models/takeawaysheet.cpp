#include "takeawaysheet.h"

#include "displaytext.h"
#include "kioskclock.h"
#include "kioskdisplay.h"
#include "visit.h"

#include <QCoreApplication>

namespace {

QString kindName(TakeAwayCode::Kind kind)
{
    switch (kind) {
    case TakeAwayCode::Kind::Call:
        return QStringLiteral("call");
    case TakeAwayCode::Kind::Text:
        return QStringLiteral("text");
    case TakeAwayCode::Kind::Contact:
        return QStringLiteral("contact");
    case TakeAwayCode::Kind::Event:
        return QStringLiteral("event");
    case TakeAwayCode::Kind::Join:
        return QStringLiteral("join");
    case TakeAwayCode::Kind::Link:
        break;
    }
    return QStringLiteral("link");
}

QString label(TakeAwayCode::Kind kind)
{
    switch (kind) {
    case TakeAwayCode::Kind::Call:
        return QCoreApplication::translate("TakeAwaySheet", "Call");
    case TakeAwayCode::Kind::Text:
        return QCoreApplication::translate("TakeAwaySheet", "Send a text");
    case TakeAwayCode::Kind::Contact:
        return QCoreApplication::translate("TakeAwaySheet", "Save the contact");
    case TakeAwayCode::Kind::Event:
        return QCoreApplication::translate("TakeAwaySheet", "Add to your calendar");
    case TakeAwayCode::Kind::Join:
        return QCoreApplication::translate("TakeAwaySheet", "Join online");
    case TakeAwayCode::Kind::Link:
        break;
    }
    return QCoreApplication::translate("TakeAwaySheet", "Open the web page");
}

} // namespace

TakeAwaySheet::TakeAwaySheet(QObject *parent)
    : StoreListModel(parent)
{
}

void TakeAwaySheet::setItemId(const QString &id)
{
    if (id == m_itemId)
        return;
    m_itemId = id;
    Q_EMIT itemIdChanged();
    rebuild();
}

void TakeAwaySheet::setOccurrenceStart(const QDateTime &start)
{
    if (start == m_occurrenceStart)
        return;
    m_occurrenceStart = start;
    Q_EMIT occurrenceStartChanged();
    rebuild();
}

void TakeAwaySheet::setDisplay(KioskDisplay *display)
{
    if (display == m_display)
        return;
    m_display = display;
    Q_EMIT displayChanged();
    Q_EMIT codeSideChanged();
}

void TakeAwaySheet::setScreenSize(const QSizeF &size)
{
    if (size == m_screenSize)
        return;
    m_screenSize = size;
    Q_EMIT screenSizeChanged();
    Q_EMIT codeSideChanged();
}

int TakeAwaySheet::pixels(double mm, int floorPixels) const
{
    const double diagonal
        = m_display ? m_display->diagonalInches() : KioskDisplay::DefaultDiagonalInches;
    return KioskDisplay::pixels(diagonal, mm, m_screenSize, floorPixels);
}

int TakeAwaySheet::codeSide() const
{
    return pixels(CodeMm, CodeMinPixels);
}

int TakeAwaySheet::modulePixels() const
{
    return pixels(ModuleMm, 1);
}

void TakeAwaySheet::fill()
{
    build();
    countShown();
}

void TakeAwaySheet::setCodesShown(bool shown)
{
    if (shown == m_codesShown)
        return;
    m_codesShown = shown;
    Q_EMIT codesShownChanged();
    countShown();
}

void TakeAwaySheet::countShown()
{
    // Counted once for this item: a new language redraws the same codes, uncounted.
    if (!m_codesShown || !visit() || m_codes.isEmpty() || m_countedItem == m_itemId)
        return;
    m_countedItem = m_itemId;
    for (const TakeAwayCode &code : std::as_const(m_codes))
        visit()->noteTakeAway(kindName(code.kind));
}

void TakeAwaySheet::build()
{
    m_codes.clear();
    m_title.clear();
    m_when.clear();
    if (!visit() || m_itemId.isEmpty())
        return;
    const auto content = visit()->content();
    const QString language = visit()->language();
    for (const Service &s : content->servicesFor(language)) {
        if (s.id == m_itemId) {
            m_title = s.name;
            m_codes = TakeAway::forService(s);
            return;
        }
    }
    if (const auto page = content->pageFor(language, m_itemId)) {
        m_title = page->title;
        m_codes = TakeAway::forPage(*page);
        return;
    }
    // A group or class: the occurrence asked for, else the next one within a year.
    QList<EventSeries> series;
    for (const EventSeries &e : content->eventsFor(language)) {
        const QString uid = e.hasMaster ? e.master.uid : e.overrides.value(0).uid;
        if (uid == m_itemId)
            series.append(e);
    }
    if (series.isEmpty())
        return;
    const QTimeZone zone = content->pack.timeZone;
    const QDateTime from = (m_occurrenceStart.isValid() ? m_occurrenceStart : KioskClock::current())
                               .toTimeZone(zone);
    for (const Occurrence &o : expandOccurrences(series, from, from.addDays(366), zone)) {
        if (o.cancelled || (m_occurrenceStart.isValid() && o.start != m_occurrenceStart))
            continue;
        m_title = o.summary;
        const LanguageProfile &profile = visit()->profile();
        m_when = o.allDay ? DisplayText::dateRange(o.startDate, o.endDate, profile)
                          : DisplayText::date(o.start.date(), profile) + QStringLiteral(", ")
                + DisplayText::timeRange(
                    o.start, o.end, DisplayText::Clock::of(content->pack, profile));
        m_codes = TakeAway::forOccurrence(o);
        for (TakeAwayCode &code : m_codes) {
            if (code.kind == TakeAwayCode::Kind::Event)
                code.words = m_when + u'\n' + code.words;
        }
        return;
    }
}

QVariant TakeAwaySheet::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TakeAwayCode &code = m_codes.at(index.row());
    switch (role) {
    case KindRole:
        return kindName(code.kind);
    case Qt::DisplayRole:
    case LabelRole:
        return label(code.kind);
    case PayloadRole:
        return QString::fromUtf8(code.payload);
    case WordsRole:
        return code.words;
    default:
        return {};
    }
}

QHash<int, QByteArray> TakeAwaySheet::roleNames() const
{
    return { { KindRole, "kind" }, { LabelRole, "label" }, { PayloadRole, "payload" },
        { WordsRole, "words" } };
}
