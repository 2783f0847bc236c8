#pragma once

#include "content.h"
#include "maininstance.h"

#include <QObject>
#include <QQmlEngine>
#include <memory>

/** The content pack the screens show (the visitor's choices are the Visit's); one per kiosk. */
class ContentStore : public QObject, public MainInstance<ContentStore>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool demo READ isDemo NOTIFY contentChanged)
    Q_PROPERTY(QString packId READ packId NOTIFY contentChanged)
    Q_PROPERTY(int packVersion READ packVersion NOTIFY contentChanged)
    Q_PROPERTY(QStringList sections READ sections NOTIFY sectionsChanged)
    Q_PROPERTY(bool updatePending READ updatePending NOTIFY updatePendingChanged)

public:
    // Not default-constructible on purpose (see MainInstance).
    explicit ContentStore(std::shared_ptr<const Content> content, QObject *parent = nullptr);

    void setContent(std::shared_ptr<const Content> content);
    /**
     * A newer pack to show: kept until the visitor moves between screens (or is home), so
     * nothing changes under her finger. See applyPendingContent().
     */
    void offerContent(std::shared_ptr<const Content> content);
    bool updatePending() const { return m_pending != nullptr; }
    /** Shows the offered pack now (the Visit calls it between screens). */
    void applyPendingContent();
    std::shared_ptr<const Content> content() const { return m_content; }

    bool isDemo() const;
    QString packId() const;
    int packVersion() const;
    /** The pack's home sections that have something to show, less those staff have hidden. */
    QStringList sections() const;
    /** Staff lock the kiosk to a subset: these sections leave the home screen. */
    void setHiddenSections(const QStringList &hidden);
    QStringList hiddenSections() const { return m_hidden; }

Q_SIGNALS:
    void contentChanged();
    void updatePendingChanged();
    void sectionsChanged();

private:
    std::shared_ptr<const Content> m_content;
    std::shared_ptr<const Content> m_pending;
    QStringList m_hidden;
};
