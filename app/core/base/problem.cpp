#include "problem.h"

QString Problem::toString() const
{
    if (line > 0)
        return file + u':' + QString::number(line) + u": " + message;
    if (!field.isEmpty())
        return file + u": " + field + u": " + message;
    return file + u": " + message;
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
