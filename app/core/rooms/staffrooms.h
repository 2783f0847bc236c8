#pragma once

#include "roomboard.h"

#include <QHash>
#include <QString>

/**
 * The staff source, which needs no server: states set on the kiosk itself (the staff panel),
 * reported to the board as "staff" and kept across restarts in a small file of states and times.
 */
class StaffRooms
{
public:
    /** @p file keeps the states (empty: memory only); what it holds is read now. */
    StaffRooms(QString file, RoomBoard *board);

    /**
     * Reports the saved state of each of @p rooms to the board; a room never set on this kiosk
     * starts in its state from the pack (@p initial).
     */
    void report(const QHash<QString, RoomBoard::State> &initial);
    /** Staff set @p room to @p state; false with @p why when it cannot be kept. */
    bool set(const QString &room, RoomBoard::State state, QString *why);

private:
    struct Saved
    {
        RoomBoard::State state = RoomBoard::State::Unknown;
        QDateTime since;
    };
    bool save(QString *why) const;

    QString m_file;
    RoomBoard *m_board;
    QHash<QString, Saved> m_saved;
};
