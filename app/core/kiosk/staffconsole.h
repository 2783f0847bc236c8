#pragma once

#include "kiosksettings.h"
#include "maininstance.h"
#include "staffaccess.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

class ContentStore;
class FeedPoller;
class KioskSession;
Q_MOC_INCLUDE("contentstore.h")

/**
 * What the staff panel does, behind a PIN: room states and waitlists (through RoomStatus), which
 * sections the home screen offers, feed health, "check for updates now", roll back to the
 * previous pack, the idle timeout, and exit where the configuration allows it. The section lock
 * and the idle timeout are kept in the state folder (kiosk-settings.json) across restarts.
 */
class StaffConsole : public QObject, public MainInstance<StaffConsole>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(bool hasPin READ hasPin CONSTANT)
    Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY lockChanged)
    Q_PROPERTY(bool exitAllowed READ exitAllowed CONSTANT)
    Q_PROPERTY(QStringList allSections READ allSections NOTIFY sectionsChanged)
    Q_PROPERTY(QStringList hiddenSections READ hiddenSections NOTIFY sectionsChanged)
    /** Section -> shown on the home screen (for the panel's toggles). */
    Q_PROPERTY(QVariantMap sectionShown READ sectionShown NOTIFY sectionsChanged)
    // Feed health for the panel, from status.json.
    Q_PROPERTY(QString packLabel READ packLabel NOTIFY feedChanged)
    Q_PROPERTY(QString feedVersion READ feedVersion NOTIFY feedChanged)
    Q_PROPERTY(QString lastCheck READ lastCheck NOTIFY feedChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY feedChanged)
    Q_PROPERTY(QString metadataExpires READ metadataExpires NOTIFY feedChanged)
    Q_PROPERTY(bool canRollBack READ canRollBack NOTIFY feedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    StaffConsole(KioskSettings settings, QString stateDir, ContentStore *store,
        KioskSession *session, StaffAccess::Clock clock = {}, QObject *parent = nullptr);

    /** Where "check for updates now" goes (none: the kiosk has no feed). */
    void setPoller(FeedPoller *poller);

    bool isOpen() const { return m_open; }
    bool hasPin() const { return m_access.hasPin(); }
    int lockedSeconds() const;
    bool exitAllowed() const { return m_settings.allowExit; }
    QStringList allSections() const;
    QStringList hiddenSections() const;
    QVariantMap sectionShown() const;
    /** Everything the panel shows of the feed: the pack, and status.json's keys. */
    QVariantMap feed() const { return m_feed; }
    QString packLabel() const;
    QString feedVersion() const { return feed().value(QStringLiteral("feedVersion")).toString(); }
    QString lastCheck() const { return feed().value(QStringLiteral("lastCheck")).toString(); }
    QString lastError() const { return feed().value(QStringLiteral("lastError")).toString(); }
    QString metadataExpires() const
    {
        return feed().value(QStringLiteral("metadataExpires")).toString();
    }
    bool canRollBack() const { return feed().value(QStringLiteral("previousVersion")).toInt() > 0; }
    QString message() const { return m_message; }

    /** "granted", "wrong", "locked" or "nopin"; granted opens the panel. */
    Q_INVOKABLE QString enterPin(const QString &pin);
    Q_INVOKABLE void close();
    Q_INVOKABLE void setSectionHidden(const QString &section, bool hidden);
    Q_INVOKABLE void checkForUpdates();
    /** Back to the previous pack, and never again to the one left (a newer one will come). */
    Q_INVOKABLE bool rollBack();
    Q_INVOKABLE void setIdleSeconds(int seconds);
    Q_INVOKABLE void exitKiosk();

Q_SIGNALS:
    void openChanged();
    void lockChanged();
    void sectionsChanged();
    void feedChanged();
    void messageChanged();
    /** Staff chose to quit, and the configuration allows it. */
    void exitRequested();

private:
    void setMessage(const QString &message);
    /** Re-reads the pack and status.json into m_feed: when the panel opens and after changes. */
    void refreshFeed();
    void saveLocal() const;

    KioskSettings m_settings;
    QString m_stateDir;
    QPointer<ContentStore> m_store;
    QPointer<KioskSession> m_session;
    QPointer<FeedPoller> m_poller;
    StaffAccess m_access;
    bool m_open = false;
    QVariantMap m_feed;
    QString m_message;
};
