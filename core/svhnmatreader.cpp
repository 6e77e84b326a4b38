#include "svhnmatreader.h"

#include "dataerror.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cmath>
#include <memory>
#include <mutex>
#include <matio.h>

namespace negvae {

namespace {

struct MatCloser {
    void operator()(mat_t* mat) const { Mat_Close(mat); }
};
struct VarFreer {
    void operator()(matvar_t* var) const { Mat_VarFree(var); }
};
using MatFile = std::unique_ptr<mat_t, MatCloser>;
using MatVar = std::unique_ptr<matvar_t, VarFreer>;

// matio prints its complaints to stderr by default; keep the last serious one so it can go
// into the DataError instead.
thread_local QString lastMatioError;

void logMatio(int level, char* message)
{
    if (level == (MATIO_LOG_LEVEL_ERROR) || level == (MATIO_LOG_LEVEL_CRITICAL))
        lastMatioError = QString::fromUtf8(message);
}

void routeMatioLog()
{
    static std::once_flag once;
    std::call_once(once, [] { Mat_LogInitFunc("negvae", logMatio); });
}

QString shapeString(const matvar_t& var)
{
    QStringList dims;
    for (int i = 0; i < var.rank; ++i)
        dims << QString::number(var.dims[i]);
    return dims.join(QStringLiteral("×"));
}

QString className(matio_classes type)
{
    switch (type) {
    case MAT_C_DOUBLE: return QStringLiteral("double");
    case MAT_C_SINGLE: return QStringLiteral("single");
    case MAT_C_INT8: return QStringLiteral("int8");
    case MAT_C_UINT8: return QStringLiteral("uint8");
    case MAT_C_INT16: return QStringLiteral("int16");
    case MAT_C_UINT16: return QStringLiteral("uint16");
    case MAT_C_INT32: return QStringLiteral("int32");
    case MAT_C_UINT32: return QStringLiteral("uint32");
    case MAT_C_INT64: return QStringLiteral("int64");
    case MAT_C_UINT64: return QStringLiteral("uint64");
    case MAT_C_CELL: return QStringLiteral("a cell array");
    case MAT_C_STRUCT: return QStringLiteral("a struct");
    case MAT_C_CHAR: return QStringLiteral("char");
    case MAT_C_SPARSE: return QStringLiteral("sparse");
    default: return QStringLiteral("of MATLAB class %1").arg(int(type));
    }
}

MatFile open(const QString& file)
{
    if (!QFileInfo(file).isFile())
        throw DataError(file, negvae::SvhnMatReader::tr("file does not exist"));
    routeMatioLog();
    lastMatioError.clear();
    MatFile mat(Mat_Open(QFile::encodeName(file).constData(), MAT_ACC_RDONLY));
    if (!mat)
        throw DataError(file, negvae::SvhnMatReader::tr("not a MAT file (or not readable)"));
    return mat;
}

MatVar readVariable(mat_t* mat, const QString& file, const char* name)
{
    // Asking for the header first tells a missing variable from an unreadable one.
    const MatVar info(Mat_VarReadInfo(mat, name));
    if (!info)
        throw DataError(file, negvae::SvhnMatReader::tr("has no variable %1; SVHN files hold X (the images) "
                                                "and y (the labels)").arg(QLatin1String(name)));
    Mat_Rewind(mat);
    MatVar var(Mat_VarRead(mat, name));
    if (!var || (var->nbytes > 0 && !var->data))
        throw DataError(file, negvae::SvhnMatReader::tr("variable %1 cannot be read: %2")
                                  .arg(QLatin1String(name), lastMatioError));
    return var;
}

// X is H×W×3×N, or H×W×3 when MATLAB dropped the trailing singleton of a single image.
torch::Tensor imagesFrom(const QString& file, const matvar_t& x)
{
    if (x.class_type != MAT_C_UINT8 || x.isComplex)
        throw DataError(file, negvae::SvhnMatReader::tr("X is %1, expected uint8").arg(className(x.class_type)));
    const bool shaped = (x.rank == 4 || x.rank == 3) && x.dims[2] == 3;
    if (!shaped)
        throw DataError(file, negvae::SvhnMatReader::tr("X has shape %1, expected 32×32×3×N (height × width × "
                                                "channels × images)").arg(shapeString(x)));
    const qint64 height = qint64(x.dims[0]);
    const qint64 width = qint64(x.dims[1]);
    const qint64 count = x.rank == 4 ? qint64(x.dims[3]) : 1;
    if (height == 0 || width == 0 || count == 0)
        throw DataError(file, negvae::SvhnMatReader::tr("X has shape %1 and holds no images").arg(shapeString(x)));
    // Column-major X(row, col, channel, n) reads in C order as [n][channel][col][row].
    const torch::Tensor columnMajor =
        torch::from_blob(x.data, {count, 3, width, height}, torch::kUInt8);
    return columnMajor.transpose(2, 3).clone(at::MemoryFormat::Contiguous);
}

template <typename T>
double elementAt(const void* data, qint64 i)
{
    return static_cast<double>(static_cast<const T*>(data)[i]);
}

double labelValue(const matvar_t& y, qint64 i)
{
    switch (y.class_type) {
    case MAT_C_DOUBLE: return elementAt<double>(y.data, i);
    case MAT_C_SINGLE: return elementAt<float>(y.data, i);
    case MAT_C_INT8: return elementAt<qint8>(y.data, i);
    case MAT_C_UINT8: return elementAt<quint8>(y.data, i);
    case MAT_C_INT16: return elementAt<qint16>(y.data, i);
    case MAT_C_UINT16: return elementAt<quint16>(y.data, i);
    case MAT_C_INT32: return elementAt<qint32>(y.data, i);
    case MAT_C_UINT32: return elementAt<quint32>(y.data, i);
    case MAT_C_INT64: return elementAt<qint64>(y.data, i);
    case MAT_C_UINT64: return elementAt<quint64>(y.data, i);
    default: return std::nan("");
    }
}

bool isNumeric(matio_classes type)
{
    return type >= MAT_C_DOUBLE && type <= MAT_C_UINT64;
}

torch::Tensor labelsFrom(const QString& file, const matvar_t& y, qint64 imageCount)
{
    if (!isNumeric(y.class_type) || y.isComplex)
        throw DataError(file, negvae::SvhnMatReader::tr("y is %1, expected a numeric array").arg(className(y.class_type)));
    if (y.rank != 2 || (y.dims[0] != 1 && y.dims[1] != 1))
        throw DataError(file, negvae::SvhnMatReader::tr("y has shape %1, expected N×1").arg(shapeString(y)));
    const qint64 count = qint64(y.dims[0] * y.dims[1]);
    if (count != imageCount)
        throw DataError(file, negvae::SvhnMatReader::tr("X holds %1 images but y holds %2 labels; the counts "
                                                "must match").arg(imageCount).arg(count));
    torch::Tensor labels = torch::empty({count}, torch::kInt64);
    auto* out = labels.data_ptr<int64_t>();
    for (qint64 i = 0; i < count; ++i) {
        const double value = labelValue(y, i);
        if (!(value >= 1 && value <= 10 && value == std::floor(value)))
            throw DataError(file, negvae::SvhnMatReader::tr("label y(%1) is %2, expected a whole number 1..10")
                                      .arg(i + 1).arg(value));
        out[i] = value == 10 ? 0 : static_cast<int64_t>(value);
    }
    return labels;
}

} // namespace

ImageSet SvhnMatReader::read(const QString& file)
{
    const MatFile mat = open(file);
    const MatVar x = readVariable(mat.get(), file, "X");
    const MatVar y = readVariable(mat.get(), file, "y");
    const torch::Tensor images = imagesFrom(file, *x);
    const torch::Tensor labels = labelsFrom(file, *y, images.size(0));
    return ImageSet(QFileInfo(file).completeBaseName(), images, labels);
}

} // namespace negvae
