#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace negvae {

// JSON values put into words for messages and names: shared by the config reader, sweep
// grids and reports, so all of them describe a value the same way.
namespace JsonText {

// "null", "a boolean", "a number", "a string", "an array", "an object" ("nothing" when absent).
QString describeType(const QJsonValue& value);
// The value as compact JSON text ("(absent)" for an undefined value), e.g. 0.001, "mnist", [1,2].
QString compact(const QJsonValue& value);
// Every leaf of a nested object under its dotted path ("optimizer.learningRate").
void flatten(const QJsonObject& object, const QString& prefix, QMap<QString, QJsonValue>& out);

} // namespace JsonText

} // namespace negvae
