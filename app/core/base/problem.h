#pragma once

#include <QList>
#include <QString>

/**
 * One thing wrong with a pack: which file, where in it, and what. An error makes the pack unusable;
 * a warning names something that would show badly, and the pack is still used.
 */
struct Problem
{
    enum class Severity { Error, Warning };

    QString file; ///< path relative to the pack folder
    int line = 0; ///< 1-based line, 0 when the problem is about a field or the whole file
    QString field; ///< JSON path or front-matter key, empty when a line is given
    QString message;
    Severity severity = Severity::Error;

    bool isWarning() const { return severity == Severity::Warning; }

    /** `FILE:LINE: message`, `FILE: FIELD: message` or `FILE: message`; "warning: " before a
     * warning's message, as compilers print them. */
    QString toString() const;

    static Problem warning(QString file, int line, QString field, QString message)
    {
        return { std::move(file), line, std::move(field), std::move(message), Severity::Warning };
    }
};

/** How many of @p problems are errors (the rest are warnings). */
qsizetype errorCount(const QList<Problem> &problems);

/** Collects problems for one file, so parsers need not repeat its name. */
class ProblemSink
{
public:
    ProblemSink(QList<Problem> *problems, QString file);

    void atLine(int line, const QString &message);
    void atField(const QString &field, const QString &message);
    void inFile(const QString &message);
    void warnAtLine(int line, const QString &message);
    void warnAtField(const QString &field, const QString &message);
    void warnInFile(const QString &message);

    const QString &file() const { return m_file; }
    /** Errors and warnings added through this sink. */
    qsizetype count() const { return m_problems->size() - m_start; }

private:
    QList<Problem> *m_problems;
    QString m_file;
    qsizetype m_start;
};
