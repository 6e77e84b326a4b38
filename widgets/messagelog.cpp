#include "messagelog.h"

namespace negvae {

MessageLog* MessageLog::instance()
{
    // Never destroyed: messages may still be posted while static objects are torn down.
    static MessageLog* const log = new MessageLog;
    return log;
}

void MessageLog::add(Level level, const QString& text)
{
    Q_EMIT instance()->messageAdded(level, text);
}

} // namespace negvae
