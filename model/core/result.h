#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tb {

/// Why something failed, so callers can tell bad input from a broken environment.
enum class ErrorKind {
    BadInput, // a wrong value, a malformed or foreign file, an impossible request
    Io,       // the file system or database failed
    Locked,   // another process holds the project
};

/// What went wrong and where (a file, a JSON path, a line, an object id).
struct Error
{
    QString message;
    QString where;
    ErrorKind kind = ErrorKind::BadInput;

    /// "where: message", or the message alone when no place is known.
    QString text() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

inline const Error &noError()
{
    static const Error none;
    return none;
}

/// A value or an Error. The model never shows UI; callers decide how to report.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &std::get<0>(m_v); }
    const T &operator*() const { return std::get<0>(m_v); }
    /// The error; an empty one when ok(), so a message can be formed unconditionally.
    const Error &error() const { return ok() ? noError() : std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok
{
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Ok) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error ? *m_error : noError(); }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString message, QString where = {}, ErrorKind kind = ErrorKind::BadInput)
{
    return Error{std::move(message), std::move(where), kind};
}

} // namespace tb
