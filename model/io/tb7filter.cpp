// TMT generation filters: a small boolean language over the flow, its source and its target
// ("source is 'GE.P'", "flow crosses 'GE.TB.B'", "target.storesLogData is 'Yes'"), parsed by
// recursive descent with bounded depth and translated term by term.

#include "tb7filterprivate.h"

#include "tm7importprivate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tb::tb7 {

namespace {

struct Token
{
    enum Kind { Word, Text, Open, Close, End } kind = End;
    QString value;
};

QList<Token> tokenize(const QString &text, QString *error)
{
    QList<Token> out;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            out.append(Token{c == QLatin1Char('(') ? Token::Open : Token::Close, QString(c)});
            ++i;
        } else if (c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0) {
                *error
                    = QStringLiteral("a quote opened at character %1 is never closed").arg(i + 1);
                return {};
            }
            out.append(Token{Token::Text, text.mid(i + 1, end - i - 1)});
            i = end + 1;
        } else {
            qsizetype end = i;
            while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char('(')
                   && text.at(end) != QLatin1Char(')') && text.at(end) != QLatin1Char('\''))
                ++end;
            out.append(Token{Token::Word, text.mid(i, end - i)});
            i = end;
        }
    }
    out.append(Token{Token::End, QString()});
    return out;
}

QString kindFor(const QString &generic)
{
    if (generic == QLatin1String("GE.P"))
        return QStringLiteral("process");
    if (generic == QLatin1String("GE.EI"))
        return QStringLiteral("external");
    if (generic == QLatin1String("GE.DS"))
        return QStringLiteral("store");
    return {};
}

// TMCore flow stencils and the protocol text the .tm7 importer gives their flows.
QString protocolFor(const QString &type)
{
    static const QHash<QString, QString> protocols{
        {QStringLiteral("SE.DF.TMCore.HTTP"), QStringLiteral("HTTP")},
        {QStringLiteral("SE.DF.TMCore.HTTPS"), QStringLiteral("HTTPS")},
        {QStringLiteral("SE.DF.TMCore.Binary"), QStringLiteral("Binary")},
        {QStringLiteral("SE.DF.TMCore.IPsec"), QStringLiteral("IPsec")},
        {QStringLiteral("SE.DF.TMCore.NamedPipe"), QStringLiteral("Named Pipe")},
        {QStringLiteral("SE.DF.TMCore.SMB"), QStringLiteral("SMB")},
        {QStringLiteral("SE.DF.TMCore.RPC"), QStringLiteral("RPC or DCOM")},
        {QStringLiteral("SE.DF.TMCore.ALPC"), QStringLiteral("ALPC")},
        {QStringLiteral("SE.DF.TMCore.UDP"), QStringLiteral("UDP")},
        {QStringLiteral("SE.DF.TMCore.IOCTL"), QStringLiteral("IOCTL Interface")},
    };
    return protocols.value(type);
}

QJsonObject prop(const QString &subject, const QString &key, const char *op, const QJsonValue &v)
{
    return QJsonObject{{QStringLiteral("prop"), QString(subject + QLatin1Char('.') + key)},
                       {QLatin1String(op), v}};
}

class Translator final
{
public:
    explicit Translator(const QString &text) { m_tokens = tokenize(text, &m_out.syntaxError); }

    FilterTranslation run()
    {
        if (!m_out.syntaxError.isEmpty() || m_tokens.size() <= 1)
            return m_out;
        m_out.condition = orExpr(0);
        if (m_out.condition.isBool()) // true for every flow: no condition
            m_out.condition = QJsonValue(QJsonValue::Undefined);
        if (m_out.syntaxError.isEmpty() && peek().kind != Token::End)
            syntax(QStringLiteral("unexpected \"%1\"").arg(peek().value));
        m_out.approximations.removeDuplicates();
        m_out.untranslatable.removeDuplicates();
        return m_out;
    }

private:
    const Token &peek() const { return m_tokens.at(std::min(m_pos, m_tokens.size() - 1)); }
    Token take() { return m_tokens.at(std::min(m_pos++, m_tokens.size() - 1)); }
    bool isWord(const char *w) const
    {
        return peek().kind == Token::Word
               && peek().value.compare(QLatin1String(w), Qt::CaseInsensitive) == 0;
    }
    void syntax(const QString &message)
    {
        if (m_out.syntaxError.isEmpty())
            m_out.syntaxError = message;
    }

    // `true` stands for a term that holds for every flow ("flow is 'GE.DF'"); it is folded away.
    QJsonValue combine(const char *op, const QJsonArray &items)
    {
        const bool all = qstrcmp(op, "all") == 0;
        QJsonArray kept;
        for (const QJsonValue &v : items) {
            if (v.isBool() && v.toBool()) {
                if (!all)
                    return true;
                continue;
            }
            kept.append(v);
        }
        if (kept.isEmpty())
            return true;
        if (kept.size() == 1)
            return kept.first();
        return QJsonObject{{QLatin1String(op), kept}};
    }

    QJsonValue orExpr(int depth)
    {
        QJsonArray items{andExpr(depth)};
        while (m_out.syntaxError.isEmpty() && isWord("or")) {
            take();
            items.append(andExpr(depth));
        }
        return combine("any", items);
    }

    QJsonValue andExpr(int depth)
    {
        QJsonArray items{unary(depth)};
        while (m_out.syntaxError.isEmpty() && isWord("and")) {
            take();
            items.append(unary(depth));
        }
        return combine("all", items);
    }

    QJsonValue unary(int depth)
    {
        if (depth > kMaxFilterDepth) {
            syntax(QStringLiteral("nested deeper than %1 levels").arg(kMaxFilterDepth));
            return {};
        }
        if (isWord("not")) {
            take();
            const QJsonValue inner = unary(depth + 1);
            if (inner.isBool()) { // "not" of a term true for every flow: never
                m_out.untranslatable.append(QStringLiteral("not (a term true for every flow)"));
                return QJsonObject{};
            }
            return QJsonObject{{QStringLiteral("not"), inner}};
        }
        if (peek().kind == Token::Open) {
            take();
            const QJsonValue inner = orExpr(depth + 1);
            if (take().kind != Token::Close)
                syntax(QStringLiteral("a parenthesis is never closed"));
            return inner;
        }
        return atom();
    }

    QJsonValue atom()
    {
        const Token lhs = take();
        const Token op = take();
        const Token rhs = take();
        if (lhs.kind != Token::Word || op.kind != Token::Word || rhs.kind != Token::Text) {
            syntax(QStringLiteral("expected SUBJECT is 'VALUE' or flow crosses 'BOUNDARY' near "
                                  "\"%1\"")
                       .arg(lhs.value));
            return {};
        }
        const QString written = QStringLiteral("%1 %2 '%3'").arg(lhs.value, op.value, rhs.value);
        const qsizetype dot = lhs.value.indexOf(QLatin1Char('.'));
        const QString subject = lhs.value.left(dot < 0 ? lhs.value.size() : dot).toLower();
        const QString attribute = dot < 0 ? QString() : lhs.value.mid(dot + 1);
        if (subject != QLatin1String("source") && subject != QLatin1String("target")
            && subject != QLatin1String("flow")) {
            syntax(QStringLiteral("unknown subject \"%1\"").arg(lhs.value));
            return {};
        }
        const QString verb = op.value.toLower();
        QJsonValue out;
        if (verb == QLatin1String("crosses") && subject == QLatin1String("flow")
            && attribute.isEmpty())
            out = crosses(rhs.value, written);
        else if (verb == QLatin1String("is") && attribute.isEmpty())
            out = is(subject, rhs.value, written);
        else if (verb == QLatin1String("is"))
            out = attributeIs(subject, attribute, rhs.value, written);
        else
            syntax(QStringLiteral("unknown operator \"%1\"").arg(op.value));
        // The term readers return null for a term with no counterpart.
        if ((out.isNull() || out.isUndefined()) && m_out.syntaxError.isEmpty()) {
            m_out.untranslatable.append(written);
            return QJsonObject{}; // a placeholder; the template is not written
        }
        return out;
    }

    QJsonValue crosses(const QString &boundary, const QString &written)
    {
        if (boundary != QLatin1String("GE.TB.L") && boundary != QLatin1String("GE.TB.B"))
            return {}; // a specific boundary stencil: ours are not typed
        m_out.approximations.append(written + QStringLiteral(" read as crossing any boundary"));
        return QJsonObject{{QStringLiteral("fact"), QStringLiteral("crossesBoundary")}};
    }

    QJsonValue is(const QString &subject, const QString &type, const QString &written)
    {
        if (subject == QLatin1String("flow")) {
            if (type == QLatin1String("GE.DF"))
                return true; // every flow is a data flow
            const QString protocol = protocolFor(type);
            if (protocol.isEmpty())
                return {};
            m_out.approximations.append(written
                                        + QStringLiteral(" read as protocol \"%1\"").arg(protocol));
            return prop(subject, QStringLiteral("protocol"), "eq", protocol);
        }
        if (const QString kind = kindFor(type); !kind.isEmpty())
            return prop(subject, QStringLiteral("kind"), "eq", kind);
        const QString stencil = tm7::stencilForType(type);
        if (stencil.isEmpty())
            return {};
        m_out.approximations.append(written
                                    + QStringLiteral(" read as stencil \"%1\"").arg(stencil));
        return prop(subject, QStringLiteral("stencil"), "eq", stencil);
    }

    QJsonValue attributeIs(const QString &subject, const QString &attribute, const QString &value,
                           const QString &written)
    {
        const bool yes = value.compare(QLatin1String("Yes"), Qt::CaseInsensitive) == 0;
        const bool no = value.compare(QLatin1String("No"), Qt::CaseInsensitive) == 0;
        if (!yes && !no)
            return {};
        const QString a = attribute.toLower();
        struct Row
        {
            const char *tmt;
            const char *ours;
            bool flow; // a flow attribute, else an element one
        };
        static const Row rows[] = {
            {"authenticatessource", "authenticated", true},
            {"authenticatesdestination", "authenticated", true},
            {"providesconfidentiality", "encrypted", true},
            {"providesintegrity", "integrityProtected", true},
            {"storeslogdata", "storesLogs", false},
            {"storescredentials", "storesCredentials", false},
            {"encrypted", "encryptedAtRest", false},
            {"hasinputsanitizers", "sanitizesInput", false},
        };
        const bool isFlow = subject == QLatin1String("flow");
        for (const Row &r : rows) {
            if (a == QLatin1String(r.tmt) && r.flow == isFlow) {
                if (a.startsWith(QLatin1String("authenticates")))
                    m_out.approximations.append(written + QStringLiteral(" read as authenticated"));
                return prop(subject, QLatin1String(r.ours), "eq", yes);
            }
        }
        if (a == QLatin1String("implementsauthenticationscheme") && !isFlow) {
            m_out.approximations.append(
                written
                + QStringLiteral(" read as authentication %1 "
                                 "\"none\"")
                      .arg(yes ? QStringLiteral("other than") : QStringLiteral("being")));
            return prop(subject, QStringLiteral("authentication"), yes ? "ne" : "eq",
                        QStringLiteral("none"));
        }
        if ((a == QLatin1String("xmlenc") || a == QLatin1String("json")) && isFlow && yes) {
            const QString format
                = a == QLatin1String("json") ? QStringLiteral("json") : QStringLiteral("xml");
            m_out.approximations.append(written
                                        + QStringLiteral(" read as dataFormat \"%1\"").arg(format));
            return prop(subject, QStringLiteral("dataFormat"), "eq", format);
        }
        return {};
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    FilterTranslation m_out;
};

} // namespace

FilterTranslation translateFilter(const QString &text)
{
    if (text.size() > kMaxFilterLength) {
        FilterTranslation t;
        t.syntaxError = QStringLiteral("a filter of more than %1 characters").arg(kMaxFilterLength);
        return t;
    }
    return Translator(text).run();
}

} // namespace tb::tb7
