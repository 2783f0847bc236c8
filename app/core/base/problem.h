#pragma once

#include <QList>
#include <QString>

/** One thing wrong with a pack: which file, where in it, and what. */
struct Problem
{
    QString file; ///< path relative to the pack folder
    int line = 0; ///< 1-based line, 0 when the problem is about a field or the whole file
    QString field; ///< JSON path or front-matter key, empty when a line is given
    QString message;

    /** `FILE:LINE: message`, `FILE: FIELD: message` or `FILE: message`. */
    QString toString() const;
};

/** Collects problems for one file, so parsers need not repeat its name. */
class ProblemSink
{
public:
    ProblemSink(QList<Problem> *problems, QString file);

    void atLine(int line, const QString &message);
    void atField(const QString &field, const QString &message);
    void inFile(const QString &message);

    const QString &file() const { return m_file; }
    qsizetype count() const { return m_problems->size() - m_start; }

private:
    QList<Problem> *m_problems;
    QString m_file;
    qsizetype m_start;
};
