#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

class Visit;
Q_MOC_INCLUDE("visit.h")

/** A list model that follows the visit: rebuilt when the pack or the visitor's language changes. */
class StoreListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(Visit *visit READ visit WRITE setVisit NOTIFY visitChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QVariantMap first READ first NOTIFY rebuilt)

public:
    explicit StoreListModel(QObject *parent = nullptr);

    Visit *visit() const { return m_visit; }
    void setVisit(Visit *visit);

    int rowCount(const QModelIndex &parent = {}) const override;
    /** Row @p row by role name, for a screen that shows one row on its own; empty past the end. */
    Q_INVOKABLE QVariantMap get(int row) const;
    /** The first row by role name (empty when there is none), kept current through rebuilds. */
    QVariantMap first() const { return get(0); }

Q_SIGNALS:
    void visitChanged();
    void countChanged();
    /** After every rebuild, for properties derived from all rows. */
    void rebuilt();

protected:
    /** The number of rows the subclass holds. */
    virtual int rows() const = 0;
    /** Refills the subclass's rows from visit(), which may be null. */
    virtual void fill() = 0;
    /** Resets the model around fill(); subclasses call it when their own inputs change. */
    void rebuild();
    /** A text role's value as the visitor's language shows it: its Latin and digit runs kept in
     * their order inside right-to-left text (LanguageProfile::isolated). A row in another language
     * (one hers lacks) stays as it is. Not for ids or links. */
    QVariant shown(const QVariant &text, const QString &rowLanguage = {}) const;

private:
    QPointer<Visit> m_visit;
};
