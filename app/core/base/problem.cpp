#include "problem.h"

#include <algorithm>

QString Problem::toString() const
{
    const QString what = isWarning() ? QStringLiteral("warning: ") + message : message;
    if (line > 0)
        return file + u':' + QString::number(line) + u": " + what;
    if (!field.isEmpty())
        return file + u": " + field + u": " + what;
    return file + u": " + what;
}

qsizetype errorCount(const QList<Problem> &problems)
{
    return std::count_if(
        problems.cbegin(), problems.cend(), [](const Problem &p) { return !p.isWarning(); });
}

ProblemSink::ProblemSink(QList<Problem> *problems, QString file)
    : m_problems(problems)
    , m_file(std::move(file))
    , m_start(problems->size())
{
}

void ProblemSink::atLine(int line, const QString &message)
{
    m_problems->append({ m_file, line, {}, message });
}

void ProblemSink::atField(const QString &field, const QString &message)
{
    m_problems->append({ m_file, 0, field, message });
}

void ProblemSink::inFile(const QString &message)
{
    m_problems->append({ m_file, 0, {}, message });
}

void ProblemSink::warnAtLine(int line, const QString &message)
{
    m_problems->append(Problem::warning(m_file, line, {}, message));
}

void ProblemSink::warnAtField(const QString &field, const QString &message)
{
    m_problems->append(Problem::warning(m_file, 0, field, message));
}

void ProblemSink::warnInFile(const QString &message)
{
    m_problems->append(Problem::warning(m_file, 0, {}, message));
}
