#pragma once

#include "configerror.h"
#include "datasetchoice.h"
#include "experimentconfig.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace negvae {

// The form that edits one ExperimentConfig (SPEC §2–§4), compact enough for a side dock.
// It validates as the user types: every problem of ExperimentConfig::validate(), plus what
// only the panel can know (text that does not parse, data sets that are missing or clash),
// is shown next to its field and listed at the top, so a run never starts from settings
// that would fail minutes later in the worker.
//
// Every input widget's objectName is the JSON path of the value it edits ("training.batchSize",
// "data.ood"), the same path ConfigError::field uses, so problems, tests and the main window
// all find a field the same way.
class ExperimentPanel : public QWidget {
    Q_OBJECT

public:
    explicit ExperimentPanel(const QList<DatasetChoice>& datasets, QWidget* parent = nullptr);

    // Fills every control; emits configChanged() once afterwards. Values a control cannot hold
    // (beyond a spin box's range) are clamped to it.
    void setConfig(const ExperimentConfig& config);
    // Reads every control. Text that does not parse (a malformed number) keeps the value last
    // given to setConfig(); problems() reports it. Controls hidden for the chosen negative
    // source do not contribute: their sets and switches would only contradict it.
    ExperimentConfig config() const;
    // config().validate() plus the panel's own checks, ordered as the fields appear.
    QList<ConfigError> problems() const;
    bool isValid() const;

    // False while a run trains: the settings of a running experiment must not change under it.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    // The input widget that edits jsonPath; list entries ("data.ood[1]") map to their list.
    // Null for paths the panel has no control for.
    QWidget* fieldWidget(const QString& jsonPath) const;

Q_SIGNALS:
    // After any edit of a control, Apply of a preset, or setConfig().
    void configChanged();
    // When validity or the first problem changes; reason is that problem as "field: message",
    // empty when valid.
    void validityChanged(bool valid, const QString& reason);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Building.
    void buildUi();
    QFormLayout* addGroup(QVBoxLayout* into, const char* title);
    void addField(QFormLayout* form, const QString& path, QWidget* field, QWidget* row = nullptr);
    void buildPresetGroup(QVBoxLayout* into);
    void buildDataGroup(QVBoxLayout* into);
    void buildNegativesGroup(QVBoxLayout* into);
    void buildModelGroup(QVBoxLayout* into);
    void buildOptimizerGroup(QVBoxLayout* into);
    void buildTrainingGroup(QVBoxLayout* into);
    void buildEvaluationGroup(QVBoxLayout* into);
    QSpinBox* makeSpinBox(int minimum, int maximum);
    QLineEdit* makeLineEdit();
    QComboBox* makeComboBox();
    QListWidget* makeChecklist();
    QWidget* wrapChecklist(QListWidget* list, QToolButton* addButton);
    QToolButton* makePathButton(const QString& objectName, std::function<void(const QString&)> onChosen);
    QString choosePath(bool folder);
    void watch(QWidget* field);

    // Data-set lists.
    void fillDatasetCombo();
    void fillChecklist(QListWidget* list, const QStringList& checked);
    QListWidgetItem* addChecklistItem(QListWidget* list, const QString& name);
    void addPathToChecklist(QListWidget* list, const QString& path);
    void onChecklistItemChanged(QListWidget* list, QListWidgetItem* item);
    void updateInlierItems();
    void fitChecklistHeight(QListWidget* list);
    const DatasetChoice* findDataset(const QString& name) const;
    QString datasetToolTip(const QString& name) const;

    // Filling and reading.
    void fillControls(const ExperimentConfig& config);
    void fillData(const DataConfig& data);
    void fillModel(const ModelConfig& model);
    void fillOptimizer(const OptimizerConfig& optimizer, const ObjectiveConfig& objective);
    void fillTraining(const TrainingConfig& training, const EvaluationConfig& evaluation);
    ExperimentConfig readControls(QList<ConfigError>* problems) const;
    void readData(DataConfig& data, QList<ConfigError>* problems) const;
    void readModel(ModelConfig& model, QList<ConfigError>* problems) const;
    void readOptimizer(OptimizerConfig& optimizer, ObjectiveConfig& objective, QList<ConfigError>* problems) const;
    void readTraining(TrainingConfig& training, EvaluationConfig& evaluation, QList<ConfigError>* problems) const;
    static double readReal(const QLineEdit* edit, double fallback, QList<ConfigError>* problems);
    static int64_t readSeed(const QLineEdit* edit, int64_t fallback, QList<ConfigError>* problems);
    static std::vector<int64_t> readWidths(const QLineEdit* edit, const std::vector<int64_t>& fallback,
                                           QList<ConfigError>* problems);

    // Checks only the panel can make.
    QList<ConfigError> datasetProblems(const DataConfig& data) const;
    QString availabilityProblem(const QString& nameOrPath) const;

    // Reactions.
    void onEdited();
    void applyPreset();
    void updateDependentControls();
    void setRowShown(const QString& path, bool shown);
    void setFieldEnabled(const QString& path, bool enabled);
    void refreshValidation();
    void markField(QWidget* field, const QStringList& messages);
    int fieldRank(const QString& field) const;
    void retranslateUi();
    void retranslateCombo(QComboBox* combo);
    void retranslateDatasetItems();

    struct Row {
        QFormLayout* form = nullptr;
        QWidget* widget = nullptr; // what the form holds: the field or a container around it
    };

    const QList<DatasetChoice> m_datasets;
    ExperimentConfig m_baseline; // the last setConfig(): fallback for text that does not parse
    QStringList m_oodOrder;      // checked OOD sets in the order they were checked: config order
    QStringList m_negativeOrder; // the same for the auxiliary negative sets

    QHash<QString, QWidget*> m_fields; // JSON path → input widget
    QStringList m_fieldOrder;          // JSON paths as they appear top to bottom
    QHash<QString, Row> m_rows;
    QHash<QString, QLabel*> m_labels;
    QHash<QWidget*, QString> m_baseToolTips; // the explanation; problems are put in front of it
    QList<QPair<QGroupBox*, const char*>> m_groups;

    QLabel* m_summary = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;

    QLabel* m_presetLabel = nullptr;
    QComboBox* m_preset = nullptr;
    QPushButton* m_applyPreset = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_seed = nullptr;

    QComboBox* m_inlier = nullptr;
    QToolButton* m_browseInlier = nullptr;
    QSpinBox* m_trainSubset = nullptr;
    QSpinBox* m_testSubset = nullptr;
    QListWidget* m_ood = nullptr;
    QToolButton* m_addOodPath = nullptr;

    QComboBox* m_source = nullptr;
    QListWidget* m_negativeSets = nullptr;
    QToolButton* m_addNegativePath = nullptr;
    QLineEdit* m_noiseSigma = nullptr;
    QCheckBox* m_generatorNegativeTerm = nullptr;
    QLineEdit* m_negativeWeight = nullptr;
    QLineEdit* m_negativePriorMean = nullptr;

    QComboBox* m_architecture = nullptr;
    QSpinBox* m_latentDim = nullptr;
    QLineEdit* m_widths = nullptr;
    QSpinBox* m_hidden = nullptr;
    QComboBox* m_noiseModel = nullptr;
    QLineEdit* m_gaussianSigma = nullptr;
    QCheckBox* m_spectralNorm = nullptr;

    QComboBox* m_optimizer = nullptr;
    QLineEdit* m_learningRate = nullptr;
    QLineEdit* m_rmspropAlpha = nullptr;
    QLineEdit* m_adamBeta1 = nullptr;
    QLineEdit* m_adamBeta2 = nullptr;
    QLineEdit* m_eps = nullptr;
    QLineEdit* m_weightDecay = nullptr;
    QComboBox* m_updates = nullptr;

    QSpinBox* m_epochs = nullptr;
    QSpinBox* m_batchSize = nullptr;
    QSpinBox* m_threads = nullptr;
    QComboBox* m_device = nullptr;
    QSpinBox* m_evalInterval = nullptr;
    QSpinBox* m_checkpointInterval = nullptr;
    QSpinBox* m_sampleCount = nullptr;
    QLineEdit* m_evalSeed = nullptr;
    QSpinBox* m_evalBatchSize = nullptr;
    QCheckBox* m_iwae = nullptr;
    QSpinBox* m_iwaeSamples = nullptr;
    QSpinBox* m_iwaeBatch = nullptr;
    QCheckBox* m_complexity = nullptr;
    QComboBox* m_compressor = nullptr;
    QCheckBox* m_background = nullptr;
    QLineEdit* m_perturbationRate = nullptr;
    QCheckBox* m_regret = nullptr;
    QSpinBox* m_regretSteps = nullptr;
    QLineEdit* m_regretLearningRate = nullptr;

    bool m_filling = false; // setConfig() is writing controls: their signals are not user edits
    bool m_editable = true;
    bool m_valid = true;
    QString m_reason;
};

} // namespace negvae
