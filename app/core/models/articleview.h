#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

class Visit;
Q_MOC_INCLUDE("visit.h")

/** One article ready to show: its Markdown with links as plain text, split around images. */
class ArticleView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Visit *visit READ visit WRITE setVisit NOTIFY visitChanged)
    Q_PROPERTY(QString pageId READ pageId WRITE setPageId NOTIFY pageIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString markdown READ markdown NOTIFY changed)
    Q_PROPERTY(QVariantList blocks READ blocks NOTIFY changed)
    Q_PROPERTY(QStringList sources READ sources NOTIFY changed)
    Q_PROPERTY(bool medical READ medical NOTIFY changed)
    /** The language the page is written in: another than the visitor's when hers lacks it. */
    Q_PROPERTY(QString contentLanguage READ contentLanguage NOTIFY changed)

public:
    explicit ArticleView(QObject *parent = nullptr);

    Visit *visit() const { return m_visit; }
    void setVisit(Visit *visit);
    QString pageId() const { return m_pageId; }
    void setPageId(const QString &id);

    bool found() const { return m_found; }
    QString title() const { return m_title; }
    QString markdown() const { return m_markdown; }
    /**
     * The article in reading order: { kind: "text", text } Markdown runs and { kind: "image",
     * source, alt } for images on a line of their own, so the screen can fit each to its width.
     */
    QVariantList blocks() const { return m_blocks; }
    QStringList sources() const { return m_sources; }
    bool medical() const { return m_medical; }
    QString contentLanguage() const { return m_contentLanguage; }

    /** The kiosk has no browser: "[text](url)" becomes "text (url)" so the address can be read. */
    static QString linksAsText(const QString &markdown);

Q_SIGNALS:
    void visitChanged();
    void pageIdChanged();
    void changed();

private:
    void update();

    QPointer<Visit> m_visit;
    QString m_pageId;
    bool m_found = false;
    QString m_title;
    QString m_markdown;
    QVariantList m_blocks;
    QStringList m_sources;
    bool m_medical = false;
    QString m_contentLanguage;
};
