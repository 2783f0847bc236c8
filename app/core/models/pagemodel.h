#pragma once

#include "content.h"
#include "storelistmodel.h"

/** Articles in the visitor's language, in topic order, optionally of one topic. */
class PageModel : public StoreListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString topic READ topic WRITE setTopic NOTIFY topicChanged)

public:
    enum Role
    {
        PageIdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        TopicRole,
        TopicTitleRole,
        ContentLanguageRole, ///< the language it is written in: not the visitor's when hers lacks it
        FirstInTopicRole, ///< the first page of its topic: the screen shows a heading
    };
    Q_ENUM(Role)

    explicit PageModel(QObject *parent = nullptr);

    QString topic() const { return m_topic; }
    void setTopic(const QString &topic);

    /** The id of the page in @p row, empty when there is none. */
    Q_INVOKABLE QString pageIdAt(int row) const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void topicChanged();

protected:
    int rows() const override { return int(m_rows.size()); }
    void fill() override;

private:
    struct Row
    {
        Page page;
        QString topicTitle;
    };
    QString m_topic;
    QList<Row> m_rows;
};
