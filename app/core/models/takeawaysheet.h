#pragma once

#include "storelistmodel.h"
#include "takeaway.h"

#include <QDateTime>
#include <QSizeF>

class KioskDisplay;
Q_MOC_INCLUDE("kioskdisplay.h")

/**
 * The take-away sheet of one item of the pack, in the visitor's language: a service or consultant
 * (by id), a group or class (by UID: the occurrence at @c occurrenceStart, else the next one) or
 * an article (by page id). One row per code; each says what it does and the same in words.
 */
class TakeAwaySheet : public StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString itemId READ itemId WRITE setItemId NOTIFY itemIdChanged)
    Q_PROPERTY(QDateTime occurrenceStart READ occurrenceStart WRITE setOccurrenceStart NOTIFY
            occurrenceStartChanged)
    Q_PROPERTY(QString title READ title NOTIFY rebuilt)
    Q_PROPERTY(QString when READ when NOTIFY rebuilt)
    Q_PROPERTY(KioskDisplay *display READ display WRITE setDisplay NOTIFY displayChanged)
    Q_PROPERTY(QSizeF screenSize READ screenSize WRITE setScreenSize NOTIFY screenSizeChanged)
    Q_PROPERTY(int codeSide READ codeSide NOTIFY codeSideChanged)
    Q_PROPERTY(int modulePixels READ modulePixels NOTIFY codeSideChanged)
    /** The codes are drawn for the visitor (not only asked whether there are any): each is
     * counted once for the day's take-aways (Visit::noteTakeAway). */
    Q_PROPERTY(bool codesShown READ codesShown WRITE setCodesShown NOTIFY codesShownChanged)

public:
    /** Codes are at least this big on the real panel, and never smaller than this many pixels. */
    static constexpr double CodeMm = 35;
    static constexpr int CodeMinPixels = 200;
    /** A dense code (a vCard, an event) grows until each module is this big on the panel. */
    static constexpr double ModuleMm = 0.6;

    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< call, text, contact, event, join, link
        LabelRole, ///< what the code does: "Call", "Add to your calendar"
        PayloadRole,
        WordsRole, ///< the same information, for a phone that cannot scan
    };
    Q_ENUM(Role)

    explicit TakeAwaySheet(QObject *parent = nullptr);

    QString itemId() const { return m_itemId; }
    void setItemId(const QString &id);
    QDateTime occurrenceStart() const { return m_occurrenceStart; }
    void setOccurrenceStart(const QDateTime &start);
    QString title() const { return m_title; }
    QString when() const { return m_when; }
    KioskDisplay *display() const { return m_display; }
    void setDisplay(KioskDisplay *display);
    QSizeF screenSize() const { return m_screenSize; }
    void setScreenSize(const QSizeF &size);
    bool codesShown() const { return m_codesShown; }
    void setCodesShown(bool shown);
    /** The side, in pixels, that every code is drawn at least at on this screen. */
    int codeSide() const;
    /** The least size of one module, in whole pixels. */
    int modulePixels() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void itemIdChanged();
    void occurrenceStartChanged();
    void displayChanged();
    void screenSizeChanged();
    void codeSideChanged();
    void codesShownChanged();

protected:
    int rows() const override { return int(m_codes.size()); }
    void fill() override;

private:
    /** The item's codes, title and time in the visitor's language. */
    void build();
    void countShown();

    QString m_itemId;
    QString m_countedItem; ///< the item whose codes the visit's counts have (ReachCounter)
    bool m_codesShown = false;
    QDateTime m_occurrenceStart;
    QString m_title;
    QString m_when;
    QList<TakeAwayCode> m_codes;
    /** The pixels @p mm take on this screen, at least @p floorPixels. */
    int pixels(double mm, int floorPixels) const;

    KioskDisplay *m_display = nullptr;
    QSizeF m_screenSize;
};
