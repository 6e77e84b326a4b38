<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ExportFlow</name>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 exportiert nach %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>export of %1 failed: %2</source>
        <translation>Export von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Negative sampling in variational autoencoders.</source>
        <translation>Negative Sampling in variationalen Autoencodern.</translation>
    </message>
    <message>
        <source>Open this experiment file.</source>
        <translation>Diese Experimentdatei öffnen.</translation>
    </message>
    <message>
        <source>Start from this preset.</source>
        <translation>Von dieser Vorlage ausgehen.</translation>
    </message>
    <message>
        <source>Show this run folder.</source>
        <translation>Diesen Laufordner anzeigen.</translation>
    </message>
    <message>
        <source>Resume training this run folder.</source>
        <translation>Das Training dieses Laufordners fortsetzen.</translation>
    </message>
    <message>
        <source>Start training the experiment right away.</source>
        <translation>Das Training des Experiments sofort starten.</translation>
    </message>
    <message>
        <source>Show this view: dashboard, samples, explore or runs.</source>
        <translation>Diese Ansicht zeigen: dashboard, samples, explore oder runs.</translation>
    </message>
    <message>
        <source>Compare the runs in this folder (e.g. a sweep&apos;s) in the Runs view.</source>
        <translation>Die Läufe in diesem Ordner (z. B. eines Sweeps) in der Ansicht „Läufe“ vergleichen.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use dashboard, samples, explore or runs.</source>
        <translation>Unbekannte Ansicht „%1“: dashboard, samples, explore oder runs verwenden.</translation>
    </message>
</context>
<context>
    <name>negvae::AboutDialog</name>
    <message>
        <source>%1 (built against %2)</source>
        <translation>%1 (gebaut gegen %2)</translation>
    </message>
    <message>
        <source>Build type</source>
        <translation>Build-Typ</translation>
    </message>
    <message>
        <source>About negvae</source>
        <translation>Über negvae</translation>
    </message>
    <message>
        <source>&lt;b&gt;negvae %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;negvae %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Negative sampling in variational autoencoders: train VAEs with negative samples and watch whether out-of-distribution images get lower likelihood.&lt;p&gt;Method: Csiszárik, Benkő, Varga (2019), arXiv:1910.02760.&lt;/p&gt;</source>
        <translation>Negative Sampling in Variational Autoencoders: VAEs mit negativen Beispielen trainieren und beobachten, ob Bilder außerhalb der Verteilung eine geringere Likelihood erhalten.&lt;p&gt;Methode: Csiszárik, Benkő, Varga (2019), arXiv:1910.02760.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>negvae::AurocPlot</name>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>AUROC (OOD = positive)</source>
        <translation>AUROC (OOD = positiv)</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>AUROC with the OOD set as the positive class and higher score = more anomalous; ties count ½. 0.5 = chance; below 0.5 the model gives OOD images higher likelihood</source>
        <translation>AUROC mit der OOD-Menge als positiver Klasse und höherem Score = anomaler; Gleichstände zählen ½. 0,5 = Zufall; unter 0,5 gibt das Modell OOD-Bildern eine höhere Likelihood</translation>
    </message>
</context>
<context>
    <name>negvae::Cifar10Reader</name>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>length %1 bytes is not a multiple of the %2-byte record (%3 whole records and %4 bytes left over)</source>
        <translation>Länge von %1 Bytes ist kein Vielfaches des %2-Byte-Datensatzes (%3 ganze Datensätze und %4 Bytes Rest)</translation>
    </message>
    <message>
        <source>record %1 has label %2, expected 0..9</source>
        <translation>Datensatz %1 hat das Label %2, erwartet 0..9</translation>
    </message>
    <message>
        <source>folder does not exist</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>missing: the CIFAR-10 %1 split needs %2</source>
        <translation>fehlt: der CIFAR-10-Split %1 benötigt %2</translation>
    </message>
</context>
<context>
    <name>negvae::CompressedFile</name>
    <message>
        <source>corrupt gzip stream: %1 unexpected bytes after the compressed data</source>
        <translation>beschädigter gzip-Strom: %1 unerwartete Bytes nach den komprimierten Daten</translation>
    </message>
    <message>
        <source>corrupt gzip stream: %1</source>
        <translation>beschädigter gzip-Strom: %1</translation>
    </message>
    <message>
        <source>truncated gzip stream: the file ends after %1 bytes, inside the compressed data</source>
        <translation>abgeschnittener gzip-Strom: die Datei endet nach %1 Bytes, mitten in den komprimierten Daten</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>negvae::ExperimentConfig</name>
    <message>
        <source>must be at least %1, got %2</source>
        <translation>muss mindestens %1 sein, ist %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>muss zwischen %1 und %2 liegen, ist %3</translation>
    </message>
    <message>
        <source>must be a finite number greater than 0, got </source>
        <translation>muss eine endliche Zahl größer als 0 sein, ist </translation>
    </message>
    <message>
        <source>must be a finite number of at least 0, got </source>
        <translation>muss eine endliche Zahl von mindestens 0 sein, ist </translation>
    </message>
    <message>
        <source>must be a finite number, got </source>
        <translation>muss eine endliche Zahl sein, ist </translation>
    </message>
    <message>
        <source>must be in [0, 1), got </source>
        <translation>muss in [0, 1) liegen, ist </translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>source &quot;auxiliary&quot; needs at least one data set to draw negatives from</source>
        <translation>Quelle „auxiliary“ braucht mindestens einen Datensatz, aus dem Negative gezogen werden</translation>
    </message>
    <message>
        <source>only used with source &quot;auxiliary&quot;, but source is &quot;%1&quot;; remove the sets or change the source</source>
        <translation>nur mit Quelle „auxiliary“ verwendet, die Quelle ist aber „%1“; die Datensätze entfernen oder die Quelle ändern</translation>
    </message>
    <message>
        <source>only applies to source &quot;adversarial&quot;, but source is &quot;%1&quot;</source>
        <translation>gilt nur für Quelle „adversarial“, die Quelle ist aber „%1“</translation>
    </message>
    <message>
        <source>at most %1 conv layers are supported, got %2</source>
        <translation>höchstens %1 Faltungsschichten werden unterstützt, angegeben sind %2</translation>
    </message>
    <message>
        <source>must be in (0, 1] (the probability of replacing a pixel), got </source>
        <translation>muss in (0, 1] liegen (die Wahrscheinlichkeit, ein Pixel zu ersetzen), ist </translation>
    </message>
</context>
<context>
    <name>negvae::ExperimentPanel</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>A label for the run: it names the run folder and appears in reports and plots.</source>
        <translation>Eine Bezeichnung für den Lauf: Sie benennt den Laufordner und erscheint in Berichten und Plots.</translation>
    </message>
    <message>
        <source>&amp;Inliers</source>
        <translation>&amp;Inlier</translation>
    </message>
    <message>
        <source>The image set the VAE is trained on (its train split); its test split is scored as the negative, normal class. A registry name, a file or a folder (…); transforms may follow after &apos;:&apos;, e.g. mnist:invert.</source>
        <translation>Die Bildmenge, auf der das VAE trainiert wird (ihr Trainings-Split); ihr Test-Split wird als negative, normale Klasse bewertet. Ein Registry-Name, eine Datei oder ein Ordner (…); nach „:“ können Transformationen folgen, z. B. mnist:invert.</translation>
    </message>
    <message>
        <source>Train s&amp;ubset</source>
        <translation>Trai&amp;nings-Teilmenge</translation>
    </message>
    <message>
        <source>Train on only this many images of the inliers&apos; train split; &apos;all&apos; uses the whole split.</source>
        <translation>Nur so viele Bilder des Trainings-Splits der Inlier verwenden; „alle“ nutzt den ganzen Split.</translation>
    </message>
    <message>
        <source>T&amp;est subset</source>
        <translation>T&amp;est-Teilmenge</translation>
    </message>
    <message>
        <source>Score only this many images of each test split (the inliers&apos; and every OOD set&apos;s); &apos;all&apos; scores them all.</source>
        <translation>Nur so viele Bilder jedes Test-Splits bewerten (der Inlier und jeder OOD-Menge); „alle“ bewertet alle.</translation>
    </message>
    <message>
        <source>&amp;OOD sets</source>
        <translation>&amp;OOD-Mengen</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Ne&amp;gative sets</source>
        <translation>Ne&amp;gativmengen</translation>
    </message>
    <message>
        <source>The auxiliary image set(s) whose train splits supply the negative batches.</source>
        <translation>Die Hilfsbildmenge(n), deren Trainings-Splits die negativen Batches liefern.</translation>
    </message>
    <message>
        <source>&amp;Noise σ</source>
        <translation>Rau&amp;schen σ</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to the inlier batch to make its negatives (clipped to [0, 1]); the paper uses 0.25.</source>
        <translation>Standardabweichung des Gaußschen Rauschens, das dem Inlier-Batch hinzugefügt wird, um seine Negative zu erzeugen (auf [0, 1] beschnitten); das Paper verwendet 0,25.</translation>
    </message>
    <message>
        <source>Generator also &amp;pulled by negative prior</source>
        <translation>Generator auch vom negativen Prior &amp;gezogen</translation>
    </message>
    <message>
        <source>λ (&amp;weight)</source>
        <translation>λ (Ge&amp;wicht)</translation>
    </message>
    <message>
        <source>c (prior &amp;mean)</source>
        <translation>c (Prior-&amp;Mittelwert)</translation>
    </message>
    <message>
        <source>Ar&amp;chitecture</source>
        <translation>Ar&amp;chitektur</translation>
    </message>
    <message>
        <source>Latent &amp;dim</source>
        <translation>Latente Di&amp;mension</translation>
    </message>
    <message>
        <source>Dimension of z; &apos;default&apos; is 10 for grayscale and 100 for colour.</source>
        <translation>Dimension von z; „Standard“ ist 10 für Graustufen und 100 für Farbe.</translation>
    </message>
    <message>
        <source>Conv w&amp;idths</source>
        <translation>Conv-&amp;Breiten</translation>
    </message>
    <message>
        <source>Filter counts of the encoder&apos;s conv layers, separated by commas (e.g. 32, 64); the decoder mirrors them. Empty uses the architecture&apos;s default.</source>
        <translation>Filteranzahlen der Conv-Schichten des Encoders, durch Kommas getrennt (z. B. 32, 64); der Decoder spiegelt sie. Leer nimmt den Standard der Architektur.</translation>
    </message>
    <message>
        <source>Hi&amp;dden width</source>
        <translation>Verborgene Bre&amp;ite</translation>
    </message>
    <message>
        <source>Width of the grayscale architecture&apos;s dense layer; the colour architecture has none.</source>
        <translation>Breite der Dense-Schicht der Graustufen-Architektur; die Farb-Architektur hat keine.</translation>
    </message>
    <message>
        <source>Noise mod&amp;el</source>
        <translation>Rausch&amp;modell</translation>
    </message>
    <message>
        <source>&amp;Gaussian σ</source>
        <translation>&amp;Gauß-σ</translation>
    </message>
    <message>
        <source>σ of the Gaussian noise models: fixed for &apos;Gaussian, fixed σ&apos; and &apos;Quantized Gaussian&apos;, the starting value for &apos;Gaussian, learned σ&apos;. Unused with Bernoulli.</source>
        <translation>σ der Gaußschen Rauschmodelle: fest für „Gauß, festes σ“ und „Quantisierter Gauß“, Startwert für „Gauß, gelerntes σ“. Bei Bernoulli ungenutzt.</translation>
    </message>
    <message>
        <source>Spe&amp;ctral norm on encoder convs</source>
        <translation>Spe&amp;ktralnormierung der Encoder-Convs</translation>
    </message>
    <message>
        <source>Spectral normalisation of the encoder&apos;s conv weights; the paper uses it with adversarial negatives on colour data.</source>
        <translation>Spektralnormierung der Conv-Gewichte des Encoders; das Paper verwendet sie mit adversarialen Negativen auf Farbdaten.</translation>
    </message>
    <message>
        <source>&amp;Optimiser</source>
        <translation>&amp;Optimierer</translation>
    </message>
    <message>
        <source>With alternating updates the encoder and the decoder each get an optimiser of this kind. Paper: RMSProp for grayscale, Adam for colour.</source>
        <translation>Bei alternierenden Updates erhalten Encoder und Decoder je einen Optimierer dieser Art. Paper: RMSProp für Graustufen, Adam für Farbe.</translation>
    </message>
    <message>
        <source>Learning &amp;rate</source>
        <translation>&amp;Lernrate</translation>
    </message>
    <message>
        <source>Step size; 1e-4 style values are accepted. Paper: 1e-4.</source>
        <translation>Schrittweite; Werte wie 1e-4 werden akzeptiert. Paper: 1e-4.</translation>
    </message>
    <message>
        <source>R&amp;MSProp α</source>
        <translation>R&amp;MSProp α</translation>
    </message>
    <message>
        <source>Smoothing constant of RMSProp&apos;s running average of squared gradients, in [0, 1).</source>
        <translation>Glättungskonstante des gleitenden Mittels der quadrierten Gradienten von RMSProp, in [0, 1).</translation>
    </message>
    <message>
        <source>&amp;Adam β₁</source>
        <translation>Adam β₁ (&amp;1)</translation>
    </message>
    <message>
        <source>Decay rate of Adam&apos;s first-moment estimate, in [0, 1); the paper uses 0.9.</source>
        <translation>Zerfallsrate der Schätzung des ersten Moments von Adam, in [0, 1); das Paper verwendet 0,9.</translation>
    </message>
    <message>
        <source>A&amp;dam β₂</source>
        <translation>Adam β₂ (&amp;2)</translation>
    </message>
    <message>
        <source>Decay rate of Adam&apos;s second-moment estimate, in [0, 1); the paper uses 0.999.</source>
        <translation>Zerfallsrate der Schätzung des zweiten Moments von Adam, in [0, 1); das Paper verwendet 0,999.</translation>
    </message>
    <message>
        <source>ε (e&amp;psilon)</source>
        <translation>ε (E&amp;psilon)</translation>
    </message>
    <message>
        <source>Added to the optimiser&apos;s denominator for numerical stability; greater than 0.</source>
        <translation>Wird zum Nenner des Optimierers addiert, für numerische Stabilität; größer als 0.</translation>
    </message>
    <message>
        <source>Weight deca&amp;y</source>
        <translation>Gewichts&amp;zerfall</translation>
    </message>
    <message>
        <source>L2 penalty on the weights; 0 = none.</source>
        <translation>L2-Strafe auf die Gewichte; 0 = keine.</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>&amp;Updates</translation>
    </message>
    <message>
        <source>Alternating (the paper): per batch one encoder step, then one decoder step, each with its own optimiser. Joint: one step on all parameters.</source>
        <translation>Alternierend (das Paper): pro Batch ein Encoder-Schritt, dann ein Decoder-Schritt, jeder mit eigenem Optimierer. Gemeinsam: ein Schritt auf allen Parametern.</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>Seeds training: initial weights, batch order, sampled z and generated negatives. The same config and seed reproduce a run.</source>
        <translation>Seed des Trainings: Anfangsgewichte, Batch-Reihenfolge, gezogene z und erzeugte Negative. Gleiche Konfiguration und gleicher Seed reproduzieren einen Lauf.</translation>
    </message>
    <message>
        <source>E&amp;pochs</source>
        <translation>E&amp;pochen</translation>
    </message>
    <message>
        <source>Passes over the inliers&apos; train split; the paper trains 100 (300 for adversarial colour).</source>
        <translation>Durchläufe durch den Trainings-Split der Inlier; das Paper trainiert 100 (300 für adversarial mit Farbe).</translation>
    </message>
    <message>
        <source>Batch si&amp;ze</source>
        <translation>Bat&amp;ch-Größe</translation>
    </message>
    <message>
        <source>Inlier images per step; the negative batch has the same size. The paper uses 50.</source>
        <translation>Inlier-Bilder pro Schritt; der negative Batch hat dieselbe Größe. Das Paper verwendet 50.</translation>
    </message>
    <message>
        <source>Thre&amp;ads</source>
        <translation>Th&amp;reads</translation>
    </message>
    <message>
        <source>CPU threads for LibTorch; &apos;all cores&apos; uses every core (LibTorch would otherwise use one).</source>
        <translation>CPU-Threads für LibTorch; „alle Kerne“ nutzt jeden Kern (sonst nutzt LibTorch einen).</translation>
    </message>
    <message>
        <source>Dev&amp;ice</source>
        <translation>G&amp;erät</translation>
    </message>
    <message>
        <source>Where to train: Auto uses CUDA when this build and machine have it, else the CPU.</source>
        <translation>Wo trainiert wird: Auto nutzt CUDA, wenn dieser Build und diese Maschine es haben, sonst die CPU.</translation>
    </message>
    <message>
        <source>Evaluate ever&amp;y</source>
        <translation>Aus&amp;werten alle</translation>
    </message>
    <message>
        <source>Score the test splits (BPD, KL, REC and their AUROC) every this many epochs.</source>
        <translation>Die Test-Splits bewerten (BPD, KL, REC und deren AUROC), alle so viele Epochen.</translation>
    </message>
    <message>
        <source>Chec&amp;kpoint every</source>
        <translation>Chec&amp;kpoint alle</translation>
    </message>
    <message>
        <source>Save the model and optimiser states every this many epochs.</source>
        <translation>Modell- und Optimiererzustände alle so viele Epochen speichern.</translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation>Stichpro&amp;ben</translation>
    </message>
    <message>
        <source>Images decoded from z ~ p(z) into each sample grid; &apos;none&apos; draws no samples.</source>
        <translation>Aus z ~ p(z) dekodierte Bilder pro Stichprobenraster; „keine“ erzeugt keine Stichproben.</translation>
    </message>
    <message>
        <source>Seed of the scoring (the ELBO&apos;s sampled z), apart from the training seed so that scores of runs with different training seeds are comparable.</source>
        <translation>Seed der Bewertung (das gezogene z der ELBO), getrennt vom Trainings-Seed, damit Scores von Läufen mit verschiedenen Trainings-Seeds vergleichbar sind.</translation>
    </message>
    <message>
        <source>Images scored at once; changes speed and memory, not the scores.</source>
        <translation>Gleichzeitig bewertete Bilder; ändert Geschwindigkeit und Speicherbedarf, nicht die Scores.</translation>
    </message>
    <message>
        <source>None (baseline VAE)</source>
        <translation>Keine (Basis-VAE)</translation>
    </message>
    <message>
        <source>No negatives: the plain VAE.</source>
        <translation>Keine Negative: das einfache VAE.</translation>
    </message>
    <message>
        <source>Auxiliary data set(s)</source>
        <translation>Hilfsdatenmenge(n)</translation>
    </message>
    <message>
        <source>Batches drawn from other image sets, e.g. letters for Fashion-MNIST.</source>
        <translation>Batches aus anderen Bildmengen, z. B. Buchstaben für Fashion-MNIST.</translation>
    </message>
    <message>
        <source>Noisy inliers</source>
        <translation>Verrauschte Inlier</translation>
    </message>
    <message>
        <source>The inlier batch plus Gaussian noise of standard deviation σ, clipped to [0, 1].</source>
        <translation>Der Inlier-Batch plus Gaußsches Rauschen mit Standardabweichung σ, auf [0, 1] beschnitten.</translation>
    </message>
    <message>
        <source>Uniform noise</source>
        <translation>Gleichverteiltes Rauschen</translation>
    </message>
    <message>
        <source>Every pixel uniform in [0, 1].</source>
        <translation>Jedes Pixel gleichverteilt in [0, 1].</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <source>Decoder means at z ~ p(z), detached: negatives for the encoder only.</source>
        <translation>Decoder-Mittelwerte bei z ~ p(z), abgekoppelt: Negative nur für den Encoder.</translation>
    </message>
    <message>
        <source>Adversarial</source>
        <translation>Adversarial</translation>
    </message>
    <message>
        <source>Generated negatives, and the generator learns from them too.</source>
        <translation>Generierte Negative, und der Generator lernt ebenfalls aus ihnen.</translation>
    </message>
    <message>
        <source>Auto (from the inliers)</source>
        <translation>Auto (aus den Inliern)</translation>
    </message>
    <message>
        <source>Bernoulli</source>
        <translation>Bernoulli</translation>
    </message>
    <message>
        <source>Logits; pixel values in [0, 1] as continuous targets.</source>
        <translation>Logits; Pixelwerte in [0, 1] als kontinuierliche Zielwerte.</translation>
    </message>
    <message>
        <source>Gaussian, fixed σ</source>
        <translation>Gauß, festes σ</translation>
    </message>
    <message>
        <source>Gaussian, learned σ</source>
        <translation>Gauß, gelerntes σ</translation>
    </message>
    <message>
        <source>One global log σ, trained with the decoder.</source>
        <translation>Ein globales log σ, mit dem Decoder trainiert.</translation>
    </message>
    <message>
        <source>Quantized Gaussian</source>
        <translation>Quantisierter Gauß</translation>
    </message>
    <message>
        <source>The Gaussian&apos;s mass on each 1/256-wide pixel bin.</source>
        <translation>Die Masse der Gaußverteilung auf jedem 1/256 breiten Pixel-Bin.</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Alternating (paper)</source>
        <translation>Alternierend (Paper)</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Negatives</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Choose a folder of images or data files</source>
        <translation>Ordner mit Bildern oder Datendateien wählen</translation>
    </message>
    <message>
        <source>Choose a data file</source>
        <translation>Datendatei wählen</translation>
    </message>
    <message>
        <source>Image data (*.gz *-ubyte *.idx *.bin *.mat *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilddaten (*.gz *-ubyte *.idx *.bin *.mat *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>needs a number</source>
        <translation>braucht eine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>needs a whole number of at least 0</source>
        <translation>braucht eine ganze Zahl von mindestens 0</translation>
    </message>
    <message>
        <source>%1 is too large; the largest seed is %2</source>
        <translation>%1 ist zu groß; der größte Seed ist %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; write filter counts separated by commas, e.g. 32, 64</source>
        <translation>„%1“ ist keine ganze Zahl; Filteranzahlen durch Kommas getrennt schreiben, z. B. 32, 64</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the inlier set; it cannot also be an OOD set. Uncheck it or choose other inliers.</source>
        <translation>„%1“ ist die Inlier-Menge; sie kann nicht zugleich OOD-Menge sein. Haken entfernen oder andere Inlier wählen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the inlier set; it cannot also supply the negatives. Uncheck it or choose other inliers.</source>
        <translation>„%1“ ist die Inlier-Menge; sie kann nicht zugleich die Negative liefern. Haken entfernen oder andere Inlier wählen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available</source>
        <translation>„%1“ ist nicht verfügbar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available: %2</source>
        <translation>„%1“ ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a known data set nor an existing file or folder</source>
        <translation>„%1“ ist weder eine bekannte Datenmenge noch eine vorhandene Datei oder ein vorhandener Ordner</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>default for the inliers</source>
        <translation>Standard für die Inlier</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Ready-made configurations from the paper; Apply replaces every setting below.</source>
        <translation>Fertige Konfigurationen aus dem Paper; Übernehmen ersetzt jede Einstellung darunter.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Replace every setting with the chosen preset.</source>
        <translation>Jede Einstellung durch die gewählte Vorlage ersetzen.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>e.g. 1e-4</source>
        <translation>z. B. 1e-4</translation>
    </message>
    <message>
        <source>Use a file or folder of images as the inliers.</source>
        <translation>Eine Datei oder einen Ordner mit Bildern als Inlier verwenden.</translation>
    </message>
    <message>
        <source>A&amp;dd path…</source>
        <translation>Pfad hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add a file or folder of images to the list, checked.</source>
        <translation>Eine Datei oder einen Ordner mit Bildern zur Liste hinzufügen, angehakt.</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Out-of-distribution sets: their test splits are scored against the inliers&apos; test split, with the OOD set as the positive class of AUROC (SPEC §4). The inlier set is not offered.</source>
        <translation>Out-of-Distribution-Mengen: Ihre Test-Splits werden gegen den Test-Split der Inlier bewertet, mit der OOD-Menge als positiver Klasse der AUROC (SPEC §4). Die Inlier-Menge wird nicht angeboten.</translation>
    </message>
    <message>
        <source>Where each step&apos;s negative batch x̄ comes from. The encoder is taught to map negatives to the negative prior N(c·1, I) (SPEC §3). &apos;None&apos; trains the baseline VAE.</source>
        <translation>Woher der negative Batch x̄ jedes Schritts kommt. Der Encoder lernt, Negative auf den negativen Prior N(c·1, I) abzubilden (SPEC §3). „Keine“ trainiert das Basis-VAE.</translation>
    </message>
    <message>
        <source>Off (default): the generator learns only from KL(q(z|x̂) ‖ p(z)), making its images look like inliers to the encoder, as the paper&apos;s prose says. On: the negative-prior term also sends gradients into the generator (SPEC §3).</source>
        <translation>Aus (Standard): Der Generator lernt nur aus KL(q(z|x̂) ‖ p(z)) und lässt seine Bilder für den Encoder wie Inlier aussehen, wie es der Text des Papers beschreibt. An: Auch der Term des negativen Priors sendet Gradienten in den Generator (SPEC §3).</translation>
    </message>
    <message>
        <source>Weight λ of the negative term λ·KL(q(z|x̄) ‖ N(c·1, I)) in the loss; the paper uses 1. Unused without negatives.</source>
        <translation>Gewicht λ des negativen Terms λ·KL(q(z|x̄) ‖ N(c·1, I)) im Loss; das Paper verwendet 1. Ohne Negative ungenutzt.</translation>
    </message>
    <message>
        <source>Mean c of the negative prior N(c·1, I) in every latent coordinate; the paper uses 8 for grayscale and 25 for colour. Unused without negatives.</source>
        <translation>Mittelwert c des negativen Priors N(c·1, I) in jeder latenten Koordinate; das Paper verwendet 8 für Graustufen und 25 für Farbe. Ohne Negative ungenutzt.</translation>
    </message>
    <message>
        <source>Network family (SPEC §2). Auto picks grayscale for 1×28×28 inliers and the DCGAN-style colour network for 3×32×32 ones.</source>
        <translation>Netzfamilie (SPEC §2). Auto wählt Graustufen für Inlier mit 1×28×28 und das Farbnetz im DCGAN-Stil für solche mit 3×32×32.</translation>
    </message>
    <message>
        <source>The decoder&apos;s per-pixel likelihood p(x|z). It changes which score fails as an OOD detector (SPEC §5).</source>
        <translation>Die Likelihood p(x|z) des Decoders pro Pixel. Sie bestimmt, welcher Score als OOD-Detektor versagt (SPEC §5).</translation>
    </message>
    <message>
        <source>Grayscale (1×28×28)</source>
        <translation>Graustufen (1×28×28)</translation>
    </message>
    <message>
        <source>Colour (3×32×32)</source>
        <translation>Farbe (3×32×32)</translation>
    </message>
    <message>
        <source>Importance-weighted BPD (BPD-I&amp;W)</source>
        <translation>Importance-gewichtete BPD (BPD-I&amp;W)</translation>
    </message>
    <message>
        <source>Adds bpd_iw = -log p_K(x)/(D ln 2), the IWAE bound with K posterior samples, in bits per dimension; higher = more anomalous. Tighter than the ELBO&apos;s BPD (never above it on average). Computed at every evaluation.</source>
        <translation>Fügt bpd_iw = -log p_K(x)/(D ln 2) hinzu, die IWAE-Schranke mit K Posterior-Stichproben, in Bits pro Dimension; höher = anomaler. Enger als die BPD der ELBO (im Mittel nie darüber). Bei jeder Auswertung berechnet.</translation>
    </message>
    <message>
        <source>IWAE samples &amp;K</source>
        <translation>IWAE-Stichproben &amp;K</translation>
    </message>
    <message>
        <source>Posterior samples per image of the importance-weighted bound (default 100); more is tighter and proportionally slower.</source>
        <translation>Posterior-Stichproben pro Bild für die importance-gewichtete Schranke (Standard 100); mehr ist enger und proportional langsamer.</translation>
    </message>
    <message>
        <source>IWAE pass si&amp;ze</source>
        <translation>IWAE-Durchlauf&amp;größe</translation>
    </message>
    <message>
        <source>At most this many images × samples are decoded in one pass: bounds memory, does not change the scores.</source>
        <translation>Höchstens so viele Bilder × Stichproben werden in einem Durchlauf dekodiert: begrenzt den Speicher, ändert die Werte nicht.</translation>
    </message>
    <message>
        <source>Input-complexity-corrected BPD (&amp;S)</source>
        <translation>Komplexitätskorrigierte BPD (&amp;S)</translation>
    </message>
    <message>
        <source>Adds complexity = BPD - L(x), L(x) the 8-bit image&apos;s compressed length in bits per dimension (Serrà et al. 2020); higher = more anomalous. Cheap; computed at every evaluation.</source>
        <translation>Fügt complexity = BPD - L(x) hinzu, L(x) die komprimierte Länge des 8-Bit-Bildes in Bits pro Dimension (Serrà et al. 2020); höher = anomaler. Günstig; bei jeder Auswertung berechnet.</translation>
    </message>
    <message>
        <source>Compresso&amp;r</source>
        <translation>Kompresso&amp;r</translation>
    </message>
    <message>
        <source>The lossless codec that measures L(x): PNG at maximum compression, or JPEG 2000 (lossless) where this OpenCV can write it.</source>
        <translation>Der verlustfreie Codec, der L(x) misst: PNG mit maximaler Kompression oder JPEG 2000 (verlustfrei), wo dieses OpenCV es schreiben kann.</translation>
    </message>
    <message>
        <source>Likelihood ratio (&amp;background model)</source>
        <translation>Likelihood-Verhältnis (Hintergr&amp;undmodell)</translation>
    </message>
    <message>
        <source>Trains a second VAE alongside (same architecture and optimiser, on inliers with pixels replaced by noise) and adds likelihood_ratio = BPD - background BPD (Ren et al. 2019); higher = more anomalous. Roughly doubles training time.</source>
        <translation>Trainiert nebenher einen zweiten VAE (gleiche Architektur und gleicher Optimierer, auf Inliern, deren Pixel durch Rauschen ersetzt werden) und fügt likelihood_ratio = BPD - Hintergrund-BPD hinzu (Ren et al. 2019); höher = anomaler. Verdoppelt etwa die Trainingszeit.</translation>
    </message>
    <message>
        <source>Perturbation rate μ (&amp;U)</source>
        <translation>Störrate μ (&amp;U)</translation>
    </message>
    <message>
        <source>Probability that a pixel of the background model&apos;s training images is replaced by a uniform value, in (0, 1]; Ren et al. use 0.2.</source>
        <translation>Wahrscheinlichkeit, dass ein Pixel der Trainingsbilder des Hintergrundmodells durch einen gleichverteilten Wert ersetzt wird, in (0, 1]; Ren et al. verwenden 0.2.</translation>
    </message>
    <message>
        <source>Likelihood re&amp;gret (slow)</source>
        <translation>Likelihood-Re&amp;gret (langsam)</translation>
    </message>
    <message>
        <source>Adds regret = BPD at the encoder&apos;s posterior - BPD at a posterior re-optimised for each image (Xiao et al. 2020), bits per dimension, &gt;= 0; higher = more anomalous. Slow: computed at the final evaluation only (Stop cancels it and keeps the other scores).</source>
        <translation>Fügt regret = BPD beim Posterior des Encoders - BPD bei einem für jedes Bild neu optimierten Posterior hinzu (Xiao et al. 2020), Bits pro Dimension, &gt;= 0; höher = anomaler. Langsam: nur bei der letzten Auswertung berechnet (Stopp bricht sie ab und behält die übrigen Werte).</translation>
    </message>
    <message>
        <source>Adam steps on each image&apos;s posterior; the time of the regret score grows with it.</source>
        <translation>Adam-Schritte auf dem Posterior jedes Bildes; die Rechenzeit des Regret-Werts wächst damit.</translation>
    </message>
    <message>
        <source>Regret &amp;learning rate</source>
        <translation>Regret-&amp;Lernrate</translation>
    </message>
    <message>
        <source>Adam&apos;s step size for the per-image posterior; greater than 0.</source>
        <translation>Adams Schrittweite für den Posterior jedes Bildes; größer als 0.</translation>
    </message>
    <message>
        <source>PNG (maximum compression)</source>
        <translation>PNG (maximale Kompression)</translation>
    </message>
    <message>
        <source>JPEG 2000 (lossless)</source>
        <translation>JPEG 2000 (verlustfrei)</translation>
    </message>
    <message>
        <source>Regret ste&amp;ps</source>
        <translation>Regret-Schr&amp;itte</translation>
    </message>
</context>
<context>
    <name>negvae::ExploreView</name>
    <message>
        <source>Open or start a run to explore its images.</source>
        <translation>Einen Lauf öffnen oder starten, um seine Bilder zu erkunden.</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s evaluations: %1</source>
        <translation>die Auswertungen des Laufs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading the test images…</source>
        <translation>Testbilder werden geladen…</translation>
    </message>
    <message>
        <source>Loading the test images… %1 (%2 %)</source>
        <translation>Testbilder werden geladen… %1 (%2 %)</translation>
    </message>
    <message>
        <source>cannot load the run&apos;s test images: %1</source>
        <translation>die Testbilder des Laufs können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Ready: click a histogram bin or drag a score range, pick a top-k list, or click a latent point. Model of step %1 (latest checkpoint).</source>
        <translation>Bereit: ein Histogramm-Bin anklicken oder einen Score-Bereich ziehen, eine Top-k-Liste wählen oder einen latenten Punkt anklicken. Modell von Schritt %1 (letzter Checkpoint).</translation>
    </message>
    <message>
        <source>Ready: the run has no checkpoint yet, so images show without reconstructions.</source>
        <translation>Bereit: Der Lauf hat noch keinen Checkpoint, daher erscheinen die Bilder ohne Rekonstruktionen.</translation>
    </message>
    <message>
        <source>epoch %1 (step %2)</source>
        <translation>Epoche %1 (Schritt %2)</translation>
    </message>
    <message>
        <source>cannot read the kept negatives: %1</source>
        <translation>die aufbewahrten Negative können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No run is open.</source>
        <translation>Kein Lauf geöffnet.</translation>
    </message>
    <message>
        <source>The test images are still loading; try again in a moment.</source>
        <translation>Die Testbilder werden noch geladen; gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>%1 bin %2: [%3, %4)</source>
        <translation>%1 Bin %2: [%3, %4)</translation>
    </message>
    <message>
        <source>%1 in [%2, %3]</source>
        <translation>%1 in [%2, %3]</translation>
    </message>
    <message numerus="yes">
        <source> · %n negative(s) here are not shown: the run keeps the negatives&apos; images of its latest evaluation only</source>
        <translation>
            <numerusform> · %n Negativ hier wird nicht gezeigt: Der Lauf bewahrt die Bilder der Negative nur von seiner letzten Auswertung auf</numerusform>
            <numerusform> · %n Negative hier werden nicht gezeigt: Der Lauf bewahrt die Bilder der Negative nur von seiner letzten Auswertung auf</numerusform>
        </translation>
    </message>
    <message>
        <source>No images of set %1 to list.</source>
        <translation>Keine Bilder der Menge %1 aufzulisten.</translation>
    </message>
    <message>
        <source>The run keeps the negatives&apos; images of its latest evaluation only.</source>
        <translation>Der Lauf bewahrt die Bilder der Negative nur von seiner letzten Auswertung auf.</translation>
    </message>
    <message>
        <source>%1: the %2 most anomalous by %3 (highest first)</source>
        <translation>%1: die %2 anomalsten nach %3 (höchste zuerst)</translation>
    </message>
    <message>
        <source>%1: the %2 most typical by %3 (lowest first)</source>
        <translation>%1: die %2 typischsten nach %3 (niedrigste zuerst)</translation>
    </message>
    <message>
        <source>This run has no OOD set.</source>
        <translation>Dieser Lauf hat keine OOD-Menge.</translation>
    </message>
    <message>
        <source>Where the model is fooled: the %1 OOD images with the lowest BPD · %2 of %3 OOD images (%4 %) score below the inliers&apos; median BPD %5</source>
        <translation>Wo sich das Modell täuscht: die %1 OOD-Bilder mit der niedrigsten BPD · %2 von %3 OOD-Bildern (%4 %) liegen unter der Median-BPD %5 der Inlier</translation>
    </message>
    <message>
        <source>set %1 is not among the run&apos;s test sets</source>
        <translation>Menge %1 gehört nicht zu den Testmengen des Laufs</translation>
    </message>
    <message>
        <source>cannot show the images: %1</source>
        <translation>die Bilder können nicht gezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): %1</source>
        <translation>
            <numerusform>%n Bild: %1</numerusform>
            <numerusform>%n Bilder: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The images of %1 at this evaluation are not kept in the run folder, so they cannot be shown.</source>
        <translation>Die Bilder von %1 werden bei dieser Auswertung nicht im Laufordner aufbewahrt und können daher nicht gezeigt werden.</translation>
    </message>
    <message>
        <source>%1 has no image #%2</source>
        <translation>%1 hat kein Bild #%2</translation>
    </message>
    <message>
        <source>Reconstruction (decoded at the posterior mean) by the model of step %1, the latest checkpoint; the scores are from the evaluation at step %2.</source>
        <translation>Rekonstruktion (am Posterior-Mittelwert dekodiert) durch das Modell von Schritt %1, dem letzten Checkpoint; die Scores stammen aus der Auswertung bei Schritt %2.</translation>
    </message>
    <message>
        <source>No checkpoint yet, so no reconstruction.</source>
        <translation>Noch kein Checkpoint, daher keine Rekonstruktion.</translation>
    </message>
    <message>
        <source>No reconstruction: %1</source>
        <translation>Keine Rekonstruktion: %1</translation>
    </message>
    <message>
        <source>Interpolation needs two test images.</source>
        <translation>Die Interpolation braucht zwei Testbilder.</translation>
    </message>
    <message>
        <source>The run has no checkpoint yet: nothing to interpolate with.</source>
        <translation>Der Lauf hat noch keinen Checkpoint: nichts, womit interpoliert werden kann.</translation>
    </message>
    <message>
        <source>cannot interpolate: %1</source>
        <translation>Interpolation nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 #%2 → %3 #%4: the two images at the ends, %5 images decoded along the line between their posterior means (model of step %6)</source>
        <translation>%1 #%2 → %3 #%4: die beiden Bilder an den Enden, %5 Bilder entlang der Strecke zwischen ihren Posterior-Mittelwerten dekodiert (Modell von Schritt %6)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(nicht gewählt)</translation>
    </message>
    <message>
        <source>Latent interpolation: from %1 to %2. Choose both ends in the image detail.</source>
        <translation>Latente Interpolation: von %1 nach %2. Beide Enden im Bilddetail wählen.</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Auswertung:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>BPD</source>
        <translation>BPD</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>REC</translation>
    </message>
    <message>
        <source>The per-image score of the histogram, the lists and the captions; higher = more anomalous.</source>
        <translation>Der Score pro Bild für Histogramm, Listen und Beschriftungen; höher = anomaler.</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k:</translation>
    </message>
    <message>
        <source>Most anomalous</source>
        <translation>Anomalste</translation>
    </message>
    <message>
        <source>The k images of the set with the highest score</source>
        <translation>Die k Bilder der Menge mit dem höchsten Score</translation>
    </message>
    <message>
        <source>Most typical</source>
        <translation>Typischste</translation>
    </message>
    <message>
        <source>The k images of the set with the lowest score</source>
        <translation>Die k Bilder der Menge mit dem niedrigsten Score</translation>
    </message>
    <message>
        <source>Where the model is fooled</source>
        <translation>Wo sich das Modell täuscht</translation>
    </message>
    <message>
        <source>The k OOD images with the lowest BPD: those the model finds likeliest, against its purpose</source>
        <translation>Die k OOD-Bilder mit der niedrigsten BPD: die, die das Modell entgegen seinem Zweck für am wahrscheinlichsten hält</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Interpolate</source>
        <translation>Interpolieren</translation>
    </message>
</context>
<context>
    <name>negvae::HistogramPlot</name>
    <message>
        <source>&amp;Bins</source>
        <translation>&amp;Bins</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>density (each set normalised)</source>
        <translation>Dichte (jede Menge normiert)</translation>
    </message>
    <message>
        <source>Drag the dashed line to move the threshold; scores at or above it are flagged as anomalous.
Click a bin or drag a range elsewhere to see its images.</source>
        <translation>Die gestrichelte Linie ziehen, um die Schwelle zu verschieben; Scores auf oder über ihr gelten als anomal.
Anderswo ein Bin anklicken oder einen Bereich ziehen, um seine Bilder zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2, %3; %4 not finite)</source>
        <translation>%1 (%2, %3; %4 nicht endlich)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>threshold %1: TPR %2 (OOD flagged), FPR %3 (inliers flagged)</source>
        <translation>Schwelle %1: TPR %2 (OOD markiert), FPR %3 (Inlier markiert)</translation>
    </message>
    <message>
        <source>bin %1 of %2: %3 to %4</source>
        <translation>Bin %1 von %2: %3 bis %4</translation>
    </message>
    <message>
        <source>range %1 to %2</source>
        <translation>Bereich %1 bis %2</translation>
    </message>
    <message>
        <source>Click a bin or drag a range to see its images</source>
        <translation>Ein Bin anklicken oder einen Bereich ziehen, um seine Bilder zu sehen</translation>
    </message>
</context>
<context>
    <name>negvae::IdxReader</name>
    <message>
        <source>not an IDX file</source>
        <translation>keine IDX-Datei</translation>
    </message>
    <message>
        <source>IDX images</source>
        <translation>IDX-Bilder</translation>
    </message>
    <message>
        <source>IDX labels</source>
        <translation>IDX-Labels</translation>
    </message>
    <message>
        <source>IDX with element type 0x%1, only unsigned bytes (0x08) are supported</source>
        <translation>IDX mit Elementtyp 0x%1, nur vorzeichenlose Bytes (0x08) werden unterstützt</translation>
    </message>
    <message>
        <source>IDX unsigned bytes with %1 dimensions</source>
        <translation>IDX mit vorzeichenlosen Bytes und %1 Dimensionen</translation>
    </message>
    <message>
        <source>too short for an IDX header: %1 bytes</source>
        <translation>zu kurz für einen IDX-Header: %1 Bytes</translation>
    </message>
    <message>
        <source>wrong magic number %1 (%2), expected %3 (%4)</source>
        <translation>falsche magische Zahl %1 (%2), erwartet %3 (%4)</translation>
    </message>
    <message>
        <source>too short for an IDX header: %1 bytes, the header needs %2</source>
        <translation>zu kurz für einen IDX-Header: %1 Bytes, der Header braucht %2</translation>
    </message>
    <message>
        <source>dimension %1 of %2 is zero</source>
        <translation>Dimension %1 von %2 ist null</translation>
    </message>
    <message>
        <source>dimension %1 is %2, implausibly large for an image (at most %3)</source>
        <translation>Dimension %1 ist %2, unplausibel groß für ein Bild (höchstens %3)</translation>
    </message>
    <message>
        <source>truncated: expected %1 bytes, found %2</source>
        <translation>abgeschnitten: %1 Bytes erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1 trailing bytes after the %2 bytes the header describes</source>
        <translation>%1 überzählige Bytes nach den %2 Bytes, die der Header beschreibt</translation>
    </message>
    <message>
        <source>holds %1 labels but %2 holds %3 images; the counts must match</source>
        <translation>enthält %1 Labels, aber %2 enthält %3 Bilder; die Anzahlen müssen übereinstimmen</translation>
    </message>
</context>
<context>
    <name>negvae::ImageDetailPanel</name>
    <message>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>Interpolate:</source>
        <translation>Interpolieren:</translation>
    </message>
    <message>
        <source>&amp;from here</source>
        <translation>&amp;von hier</translation>
    </message>
    <message>
        <source>&amp;to here</source>
        <translation>&amp;bis hier</translation>
    </message>
    <message>
        <source>First end of a latent interpolation: decoded along the line between posterior means</source>
        <translation>Erstes Ende einer latenten Interpolation: dekodiert entlang der Strecke zwischen Posterior-Mittelwerten</translation>
    </message>
    <message>
        <source>Image detail</source>
        <translation>Bilddetail</translation>
    </message>
    <message>
        <source>Click an image or a latent point</source>
        <translation>Ein Bild oder einen latenten Punkt anklicken</translation>
    </message>
    <message>
        <source>%1 #%2 (label %3)</source>
        <translation>%1 #%2 (Label %3)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 %2   rank %3 of %4</source>
        <translation>%1 %2   Rang %3 von %4</translation>
    </message>
    <message>
        <source>Scores at epoch %1 (rank 1 = most anomalous in its set):</source>
        <translation>Scores bei Epoche %1 (Rang 1 = anomalstes seiner Menge):</translation>
    </message>
    <message>
        <source>BPD</source>
        <translation>BPD</translation>
    </message>
    <message>
        <source>KL </source>
        <translation>KL </translation>
    </message>
    <message>
        <source>REC</source>
        <translation>REC</translation>
    </message>
</context>
<context>
    <name>negvae::ImageFolderReader</name>
    <message>
        <source>folder does not exist</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>folder is empty</source>
        <translation>Ordner ist leer</translation>
    </message>
    <message>
        <source>is %1×%2 pixels but the first image (%3) is %4×%5; choose a resize size to mix sizes</source>
        <translation>hat %1×%2 Pixel, aber das erste Bild (%3) hat %4×%5; eine Zielgröße wählen, um Größen zu mischen</translation>
    </message>
    <message>
        <source>has a channel count of %1 but the first image (%2) has %3; convert to grayscale or colour to mix them</source>
        <translation>hat %1 Kanäle, aber das erste Bild (%2) hat %3; in Graustufen oder Farbe umwandeln, um sie zu mischen</translation>
    </message>
    <message>
        <source>resize size %1×%2 must be positive</source>
        <translation>Zielgröße %1×%2 muss positiv sein</translation>
    </message>
    <message>
        <source>contains no PNG, JPEG or BMP images</source>
        <translation>enthält keine PNG-, JPEG- oder BMP-Bilder</translation>
    </message>
    <message>
        <source>Reading images from %1</source>
        <translation>Bilder aus %1 werden gelesen</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>file is empty, not an image</source>
        <translation>Datei ist leer, kein Bild</translation>
    </message>
    <message>
        <source>cannot be decoded as an image: %1</source>
        <translation>kann nicht als Bild dekodiert werden: %1</translation>
    </message>
    <message>
        <source>cannot be decoded as a PNG, JPEG or BMP image</source>
        <translation>kann nicht als PNG-, JPEG- oder BMP-Bild dekodiert werden</translation>
    </message>
    <message>
        <source>has an unsupported pixel depth (OpenCV depth %1); 8- and 16-bit images are supported</source>
        <translation>hat eine nicht unterstützte Pixeltiefe (OpenCV-Tiefe %1); 8- und 16-Bit-Bilder werden unterstützt</translation>
    </message>
    <message>
        <source>has %1 channels; 1 to 4 are supported</source>
        <translation>hat %1 Kanäle; 1 bis 4 werden unterstützt</translation>
    </message>
</context>
<context>
    <name>negvae::ImageGridView</name>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Export image grid</source>
        <translation>Bildraster exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>The largest whole-pixel zoom that shows the entire grid</source>
        <translation>Der größte ganzzahlige Zoom, der das ganze Raster zeigt</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Save the grid at its original resolution</source>
        <translation>Das Raster in Originalauflösung speichern</translation>
    </message>
    <message>
        <source>image grid &quot;%1&quot;</source>
        <translation>Bildraster „%1“</translation>
    </message>
</context>
<context>
    <name>negvae::LatentScatterPlot</name>
    <message>
        <source>&amp;Axes:</source>
        <translation>Ach&amp;sen:</translation>
    </message>
    <message>
        <source>PCA (PC1, PC2)</source>
        <translation>PCA (PC1, PC2)</translation>
    </message>
    <message>
        <source>latent coordinates</source>
        <translation>latente Koordinaten</translation>
    </message>
    <message>
        <source>PCA shows the two directions in which the points spread most; latent coordinates show two chosen dimensions of z as they are</source>
        <translation>PCA zeigt die zwei Richtungen, in denen die Punkte am stärksten streuen; latente Koordinaten zeigen zwei gewählte Dimensionen von z unverändert</translation>
    </message>
    <message>
        <source>x:</source>
        <translation>x:</translation>
    </message>
    <message>
        <source>y:</source>
        <translation>y:</translation>
    </message>
    <message>
        <source>Latent coordinate on the horizontal axis</source>
        <translation>Latente Koordinate auf der waagerechten Achse</translation>
    </message>
    <message>
        <source>Latent coordinate on the vertical axis</source>
        <translation>Latente Koordinate auf der senkrechten Achse</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show all points and centres again</source>
        <translation>Alle Punkte und Zentren wieder zeigen</translation>
    </message>
    <message>
        <source>Click a point to see its image; drag to pan, wheel to zoom</source>
        <translation>Einen Punkt anklicken, um sein Bild zu sehen; ziehen zum Verschieben, Mausrad zum Zoomen</translation>
    </message>
    <message>
        <source>prior N(0, I) centre</source>
        <translation>Zentrum des Priors N(0, I)</translation>
    </message>
    <message>
        <source>negative prior centre</source>
        <translation>Zentrum des negativen Priors</translation>
    </message>
    <message>
        <source>%1 (%2, %3; %4 not finite)</source>
        <translation>%1 (%2, %3; %4 nicht endlich)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>PC1</source>
        <translation>PC1</translation>
    </message>
    <message>
        <source>z%1</source>
        <translation>z%1</translation>
    </message>
    <message>
        <source>PC2</source>
        <translation>PC2</translation>
    </message>
    <message>
        <source>%1 #%2 (%3)
x %4, y %5</source>
        <translation>%1 #%2 (%3)
x %4, y %5</translation>
    </message>
</context>
<context>
    <name>negvae::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
</context>
<context>
    <name>negvae::LossPlot</name>
    <message>
        <source>&amp;Smoothing</source>
        <translation>&amp;Glättung</translation>
    </message>
    <message>
        <source>Exponential moving average weight a: s = a·s + (1 − a)·x. 0 draws the raw losses only.</source>
        <translation>Gewicht a des exponentiellen gleitenden Mittels: s = a·s + (1 − a)·x. 0 zeichnet nur die Rohwerte.</translation>
    </message>
    <message>
        <source>&amp;Log y</source>
        <translation>&amp;Log. y</translation>
    </message>
    <message>
        <source>Logarithmic loss axis (non-positive values are not shown)</source>
        <translation>Logarithmische Loss-Achse (nicht positive Werte werden nicht gezeigt)</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to follow the data again</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen, Doppelklick folgt wieder den Daten</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss (nats per image)</source>
        <translation>Loss (Nats pro Bild)</translation>
    </message>
</context>
<context>
    <name>negvae::MainWindow</name>
    <message>
        <source>negvae — negative sampling in VAEs</source>
        <translation>negvae — Negative Sampling in VAEs</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>Stop the run and close? The run keeps a checkpoint and can be resumed later (File ▸ Resume run).</source>
        <translation>Lauf stoppen und schließen? Der Lauf behält einen Checkpoint und kann später fortgesetzt werden (Datei ▸ Lauf fortsetzen).</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>Training divergiert</translation>
    </message>
    <message>
        <source>%1

Resume from the last checkpoint with the learning rate lowered from %2 to %3? config.json and history.txt will record the change.</source>
        <translation>%1

Vom letzten Checkpoint mit einer von %2 auf %3 gesenkten Lernrate fortsetzen? config.json und history.txt halten die Änderung fest.</translation>
    </message>
    <message>
        <source>negvae %1 ready; new runs go to %2</source>
        <translation>negvae %1 bereit; neue Läufe landen in %2</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Train the experiment in a new run folder</source>
        <translation>Das Experiment in einem neuen Laufordner trainieren</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause after the current batch; press again to resume</source>
        <translation>Nach dem aktuellen Batch pausieren; erneut drücken zum Fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>Stop after the current batch and save a checkpoint</source>
        <translation>Nach dem aktuellen Batch stoppen und einen Checkpoint speichern</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>Experiment ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Experiment öffnen</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Experimente (*.json)</translation>
    </message>
    <message>
        <source>&amp;Save experiment as…</source>
        <translation>Experiment &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Experiment speichern</translation>
    </message>
    <message>
        <source>Recent e&amp;xperiments</source>
        <translation>Zuletzt geöffnete E&amp;xperimente</translation>
    </message>
    <message>
        <source>Open &amp;run…</source>
        <translation>&amp;Lauf öffnen…</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Laufordner öffnen</translation>
    </message>
    <message>
        <source>Res&amp;ume run…</source>
        <translation>Lauf fo&amp;rtsetzen…</translation>
    </message>
    <message>
        <source>Resume run folder</source>
        <translation>Laufordner fortsetzen</translation>
    </message>
    <message>
        <source>Recent r&amp;uns</source>
        <translation>Zuletzt geöffnete Lä&amp;ufe</translation>
    </message>
    <message>
        <source>Compare runs in &amp;folder…</source>
        <translation>Läufe in &amp;Ordner vergleichen…</translation>
    </message>
    <message>
        <source>Folder of runs (e.g. a sweep)</source>
        <translation>Ordner mit Läufen (z. B. eines Sweeps)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About negvae</source>
        <translation>Ü&amp;ber negvae</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded.</source>
        <translation>Die Übersetzung %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>resuming %1 from its last checkpoint at learning rate %2</source>
        <translation>%1 wird vom letzten Checkpoint mit Lernrate %2 fortgesetzt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>Paused at step %1</source>
        <translation>Pausiert bei Schritt %1</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <source>cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>Daten werden geladen…</translation>
    </message>
    <message>
        <source>starting %1 in %2</source>
        <translation>%1 startet in %2</translation>
    </message>
    <message>
        <source>could not show the run&apos;s history: %1</source>
        <translation>der Verlauf des Laufs kann nicht gezeigt werden: %1</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stoppt nach dem aktuellen Batch…</translation>
    </message>
    <message>
        <source>stop the current run before opening another</source>
        <translation>erst den laufenden Lauf stoppen, dann einen anderen öffnen</translation>
    </message>
    <message>
        <source>cannot open run %1: %2</source>
        <translation>Lauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open run</source>
        <translation>Lauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Showing run %1</source>
        <translation>Lauf %1 wird gezeigt</translation>
    </message>
    <message>
        <source>opened run %1 (%2 evaluations)</source>
        <translation>Lauf %1 geöffnet (%2 Auswertungen)</translation>
    </message>
    <message>
        <source>Cannot open experiment</source>
        <translation>Experiment kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>opened experiment %1</source>
        <translation>Experiment %1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot save experiment</source>
        <translation>Experiment kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>saved experiment %1</source>
        <translation>Experiment %1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · step %3/%4 · %5 images/s · elapsed %6 · ETA %7</source>
        <translation>Epoche %1/%2 · Schritt %3/%4 · %5 Bilder/s · vergangen %6 · verbleibend %7</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>evaluation after epoch %1: AUROC (OOD positive) %2</source>
        <translation>Auswertung nach Epoche %1: AUROC (OOD positiv) %2</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Stopped; checkpoint saved in %1</source>
        <translation>Gestoppt; Checkpoint gespeichert in %1</translation>
    </message>
    <message>
        <source>run finished: %1</source>
        <translation>Lauf fertig: %1</translation>
    </message>
    <message>
        <source>run stopped; resume it with File ▸ Resume run (%1)</source>
        <translation>Lauf gestoppt; mit Datei ▸ Lauf fortsetzen weitermachen (%1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Resume cancelled</source>
        <translation>Fortsetzen abgebrochen</translation>
    </message>
    <message>
        <source>resume of %1 cancelled before training started</source>
        <translation>Fortsetzen von %1 vor Trainingsbeginn abgebrochen</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>Lese Lauf %1…</translation>
    </message>
    <message>
        <source>Reading the run… %1</source>
        <translation>Lese den Lauf… %1</translation>
    </message>
</context>
<context>
    <name>negvae::OodMetrics</name>
    <message>
        <source>AUROC: OOD images are the positive class; higher score = more anomalous; ties count 1/2; 0.5 = chance, 1 = every OOD image scores above every inlier, below 0.5 means the model prefers the OOD images.</source>
        <translation>AUROC: OOD-Bilder sind die positive Klasse; höherer Score = anomaler; Gleichstände zählen 1/2; 0,5 = Zufall, 1 = jedes OOD-Bild hat einen höheren Score als jeder Inlier, unter 0,5 bevorzugt das Modell die OOD-Bilder.</translation>
    </message>
    <message>
        <source>AUPR-in: inliers are the positive class, ranked by negated score (lower score = more typical); average precision, tied scores form one threshold; chance = the inliers&apos; share of all images, 1 = perfect.</source>
        <translation>AUPR-in: Inlier sind die positive Klasse, gereiht nach negiertem Score (niedrigerer Score = typischer); Average Precision, gleiche Scores bilden eine Schwelle; Zufall = Anteil der Inlier an allen Bildern, 1 = perfekt.</translation>
    </message>
    <message>
        <source>AUPR-out: OOD images are the positive class; higher score = more anomalous; average precision, tied scores form one threshold; chance = the OOD images&apos; share of all images, 1 = perfect.</source>
        <translation>AUPR-out: OOD-Bilder sind die positive Klasse; höherer Score = anomaler; Average Precision, gleiche Scores bilden eine Schwelle; Zufall = Anteil der OOD-Bilder an allen Bildern, 1 = perfekt.</translation>
    </message>
    <message>
        <source>FPR@95%TPR: OOD images are the positive class, an image is flagged when its score &gt;= t (higher = more anomalous); t is the highest threshold that flags at least 95% of the OOD images; the value is the fraction of inliers flagged at t (ties flagged); lower is better, 0 = perfect.</source>
        <translation>FPR@95%TPR: OOD-Bilder sind die positive Klasse, ein Bild wird markiert, wenn sein Score &gt;= t ist (höher = anomaler); t ist die höchste Schwelle, die mindestens 95% der OOD-Bilder markiert; der Wert ist der Anteil der bei t markierten Inlier (Gleichstände markiert); niedriger ist besser, 0 = perfekt.</translation>
    </message>
</context>
<context>
    <name>negvae::PlotPanel</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Plot exportieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this plot as an image or its data as CSV</source>
        <translation>Diesen Plot als Bild oder seine Daten als CSV speichern</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>PDF-Dokument…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG-Bild…</translation>
    </message>
    <message>
        <source>CSV data…</source>
        <translation>CSV-Daten…</translation>
    </message>
    <message>
        <source>plot &quot;%1&quot;</source>
        <translation>Diagramm „%1“</translation>
    </message>
</context>
<context>
    <name>negvae::RocPlot</name>
    <message>
        <source>false positive rate (inliers flagged)</source>
        <translation>Falsch-Positiv-Rate (markierte Inlier)</translation>
    </message>
    <message>
        <source>true positive rate (OOD flagged)</source>
        <translation>Richtig-Positiv-Rate (markierte OOD)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>ROC of each OOD set against the inliers: OOD images are the positive class, an image is flagged when its score is at or above the threshold (higher = more anomalous). AUROC counts ties as ½; 0.5 = chance.</source>
        <translation>ROC jeder OOD-Menge gegen die Inlier: OOD-Bilder sind die positive Klasse, ein Bild wird markiert, wenn sein Score auf oder über der Schwelle liegt (höher = anomaler). AUROC zählt Gleichstände als ½; 0,5 = Zufall.</translation>
    </message>
    <message>
        <source>%1 (AUROC %2)</source>
        <translation>%1 (AUROC %2)</translation>
    </message>
    <message>
        <source>%1
higher = more anomalous
OOD = positive class</source>
        <translation>%1
höher = anomaler
OOD = positive Klasse</translation>
    </message>
</context>
<context>
    <name>negvae::RunDashboard</name>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>KL to prior</source>
        <translation>KL zum Prior</translation>
    </message>
    <message>
        <source>KL of negatives to negative prior</source>
        <translation>KL der Negative zum negativen Prior</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>no evaluation yet</source>
        <translation>noch keine Auswertung</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Auswertung:</translation>
    </message>
    <message>
        <source>BPD (bits per dimension)</source>
        <translation>BPD (Bits pro Dimension)</translation>
    </message>
    <message>
        <source>KL to the prior (nats)</source>
        <translation>KL zum Prior (Nats)</translation>
    </message>
    <message>
        <source>Reconstruction (nats)</source>
        <translation>Rekonstruktion (Nats)</translation>
    </message>
    <message>
        <source>Scrub back through every evaluation of the run.</source>
        <translation>Durch alle Auswertungen des Laufs zurückblättern.</translation>
    </message>
    <message>
        <source>KL(q(z|x) ‖ p(z)) (nats)</source>
        <translation>KL(q(z|x) ‖ p(z)) (Nats)</translation>
    </message>
    <message>
        <source>reconstruction −log p(x|z) (nats)</source>
        <translation>Rekonstruktion −log p(x|z) (Nats)</translation>
    </message>
    <message>
        <source>epoch %1 (%2 of %3)</source>
        <translation>Epoche %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>The per-image score shown in the histogram and ROC curves; higher = more anomalous. Lists every score the run holds: BPD, KL and REC always, BPD-IW, complexity, likelihood ratio and regret where the run&apos;s config turned them on.</source>
        <translation>Der Bildwert in Histogramm und ROC-Kurven; höher = anomaler. Listet jeden Wert, den der Lauf enthält: BPD, KL und REC immer, BPD-IW, Komplexität, Likelihood-Verhältnis und Regret, wo die Konfiguration des Laufs sie eingeschaltet hat.</translation>
    </message>
    <message>
        <source>BPD-IW, importance-weighted bound (bits per dimension)</source>
        <translation>BPD-IW, importance-gewichtete Schranke (Bits pro Dimension)</translation>
    </message>
    <message>
        <source>BPD − compressed length (bits per dimension)</source>
        <translation>BPD − komprimierte Länge (Bits pro Dimension)</translation>
    </message>
    <message>
        <source>BPD − background model&apos;s BPD (bits per dimension)</source>
        <translation>BPD − BPD des Hintergrundmodells (Bits pro Dimension)</translation>
    </message>
    <message>
        <source>likelihood regret (bits per dimension)</source>
        <translation>Likelihood-Regret (Bits pro Dimension)</translation>
    </message>
    <message>
        <source>BPD-IW, importance-weighted (bits/dim)</source>
        <translation>BPD-IW, importance-gewichtet (Bits/Dim.)</translation>
    </message>
    <message>
        <source>Complexity-corrected BPD (bits/dim)</source>
        <translation>Komplexitätskorrigierte BPD (Bits/Dim.)</translation>
    </message>
    <message>
        <source>Likelihood ratio to background (bits/dim)</source>
        <translation>Likelihood-Verhältnis zum Hintergrund (Bits/Dim.)</translation>
    </message>
    <message>
        <source>Likelihood regret (bits/dim)</source>
        <translation>Likelihood-Regret (Bits/Dim.)</translation>
    </message>
</context>
<context>
    <name>negvae::RunsView</name>
    <message>
        <source>Reading the runs in %1…</source>
        <translation>Läufe in %1 werden gelesen…</translation>
    </message>
    <message>
        <source>No runs in %1.</source>
        <translation>Keine Läufe in %1.</translation>
    </message>
    <message>
        <source>%1 runs (%2 finished), %3 in the table. %4</source>
        <translation>%1 Läufe (%2 fertig), %3 in der Tabelle. %4</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>no run</source>
        <translation>kein Lauf</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s); click to compare their curves:
</source>
        <translation>
            <numerusform>%n Lauf; klicken, um seine Kurven zu vergleichen:
</numerusform>
            <numerusform>%n Läufe; klicken, um ihre Kurven zu vergleichen:
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unfertig</translation>
    </message>
    <message>
        <source>cannot read the curves of %1: %2</source>
        <translation>die Kurven von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source> · BPD</source>
        <translation> · BPD</translation>
    </message>
    <message>
        <source> · KL</source>
        <translation> · KL</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>%1 (first OOD set)</source>
        <translation>%1 (erste OOD-Menge)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <source>Folder of runs</source>
        <translation>Ordner mit Läufen</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Include unfinished runs</source>
        <translation>Unfertige Läufe einbeziehen</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Negatives</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Noise model</source>
        <translation>Rauschmodell</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>AUROC BPD</source>
        <translation>AUROC BPD</translation>
    </message>
    <message>
        <source>AUROC KL</source>
        <translation>AUROC KL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves; double-click one to open it in the other views.</source>
        <translation>Läufe anhaken, um ihre Kurven zu überlagern; Doppelklick öffnet einen in den anderen Ansichten.</translation>
    </message>
    <message>
        <source>Click a cell to compare the curves of the runs it averages.</source>
        <translation>Eine Zelle anklicken, um die Kurven der gemittelten Läufe zu vergleichen.</translation>
    </message>
    <message>
        <source>The metric of the table and the upper plot; hover an entry for its convention.</source>
        <translation>Die Metrik der Tabelle und des oberen Plots; mit der Maus über einen Eintrag fahren zeigt ihre Konvention.</translation>
    </message>
    <message>
        <source>AUROC of the BPD score against the first OOD set at the run&apos;s latest evaluation.</source>
        <translation>AUROC des BPD-Scores gegen die erste OOD-Menge bei der letzten Auswertung des Laufs.</translation>
    </message>
    <message>
        <source>AUROC of the KL score against the first OOD set at the run&apos;s latest evaluation.</source>
        <translation>AUROC des KL-Scores gegen die erste OOD-Menge bei der letzten Auswertung des Laufs.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>runs table</source>
        <translation>Lauftabelle</translation>
    </message>
</context>
<context>
    <name>negvae::SamplesView</name>
    <message>
        <source>the inputs from %1</source>
        <translation>die Eingaben aus %1</translation>
    </message>
    <message>
        <source>the reconstructions of %1</source>
        <translation>die Rekonstruktionen von %1</translation>
    </message>
    <message>
        <source>the generated images</source>
        <translation>die generierten Bilder</translation>
    </message>
    <message>
        <source>the negatives</source>
        <translation>die Negative</translation>
    </message>
    <message>
        <source>noisy inliers</source>
        <translation>verrauschte Inlier</translation>
    </message>
    <message>
        <source>uniform noise</source>
        <translation>gleichverteiltes Rauschen</translation>
    </message>
    <message>
        <source>decoded from the prior</source>
        <translation>aus dem Prior dekodiert</translation>
    </message>
    <message>
        <source>adversarial, from the generator</source>
        <translation>adversarial, vom Generator</translation>
    </message>
    <message>
        <source>test set (inliers)</source>
        <translation>Testmenge (Inlier)</translation>
    </message>
    <message>
        <source>%1 (inliers)</source>
        <translation>%1 (Inlier)</translation>
    </message>
    <message>
        <source>OOD set %1</source>
        <translation>OOD-Menge %1</translation>
    </message>
    <message>
        <source>%1 (OOD)</source>
        <translation>%1 (OOD)</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>Rekonstruktionen</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>noch keine Stichproben</translation>
    </message>
    <message>
        <source>Open or start a run to see its samples.</source>
        <translation>Einen Lauf öffnen oder starten, um seine Stichproben zu sehen.</translation>
    </message>
    <message>
        <source>This run saves no samples (training.sampleCount is 0).</source>
        <translation>Dieser Lauf speichert keine Stichproben (training.sampleCount ist 0).</translation>
    </message>
    <message>
        <source>No samples yet: the run saves them at every evaluation.</source>
        <translation>Noch keine Stichproben: Der Lauf speichert sie bei jeder Auswertung.</translation>
    </message>
    <message>
        <source>epoch %1 (%2 of %3)</source>
        <translation>Epoche %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Inputs: %1</source>
        <translation>Eingaben: %1</translation>
    </message>
    <message>
        <source>Reconstructions (decoded at the posterior mean)</source>
        <translation>Rekonstruktionen (am Posterior-Mittelwert dekodiert)</translation>
    </message>
    <message>
        <source>Generated (decoded from the prior)</source>
        <translation>Generiert (aus dem Prior dekodiert)</translation>
    </message>
    <message>
        <source>Negatives</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Negatives (%1)</source>
        <translation>Negative (%1)</translation>
    </message>
    <message>
        <source>Click an image to name it.</source>
        <translation>Ein Bild anklicken, um es zu benennen.</translation>
    </message>
    <message>
        <source>%1 — not saved at this evaluation</source>
        <translation>%1 — bei dieser Auswertung nicht gespeichert</translation>
    </message>
    <message>
        <source>image %1 of %2 · epoch %3</source>
        <translation>Bild %1 von %2 · Epoche %3</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Auswertung:</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>Scrub back through every evaluation that saved samples.</source>
        <translation>Durch alle Auswertungen mit gespeicherten Stichproben zurückblättern.</translation>
    </message>
    <message>
        <source>The test set whose first images and their reconstructions are shown.</source>
        <translation>Die Testmenge, deren erste Bilder und deren Rekonstruktionen gezeigt werden.</translation>
    </message>
</context>
<context>
    <name>negvae::ScoreSeries</name>
    <message>
        <source>inlier</source>
        <translation>Inlier</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>ood</source>
        <translation>OOD</translation>
    </message>
</context>
<context>
    <name>negvae::ScoredImageGallery</name>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>rank %1 in its set (1 = most anomalous)</source>
        <translation>Rang %1 in seiner Menge (1 = am anomalsten)</translation>
    </message>
    <message>
        <source>BPD %1, KL %2, REC %3</source>
        <translation>BPD %1, KL %2, REC %3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Whole-pixel zoom: each image pixel becomes a square of this many screen pixels</source>
        <translation>Ganzzahliger Zoom: Jedes Bildpixel wird ein Quadrat aus so vielen Bildschirmpixeln</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save these images at their original resolution, or their scores</source>
        <translation>Diese Bilder in Originalauflösung speichern, oder ihre Scores</translation>
    </message>
    <message>
        <source>Grid as PNG…</source>
        <translation>Raster als PNG…</translation>
    </message>
    <message>
        <source>Selected images to folder…</source>
        <translation>Ausgewählte Bilder in Ordner…</translation>
    </message>
    <message>
        <source>One PNG per image and a scores.csv; all images when none is selected</source>
        <translation>Ein PNG pro Bild und eine scores.csv; alle Bilder, wenn keines ausgewählt ist</translation>
    </message>
    <message>
        <source>Scores as CSV…</source>
        <translation>Scores als CSV…</translation>
    </message>
    <message>
        <source>Scores of the selected images; all images when none is selected</source>
        <translation>Scores der ausgewählten Bilder; alle Bilder, wenn keines ausgewählt ist</translation>
    </message>
    <message>
        <source>Click a histogram bin, drag a score range or pick a top-k list</source>
        <translation>Ein Histogramm-Bin anklicken, einen Score-Bereich ziehen oder eine Top-k-Liste wählen</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1, %2 ausgewählt</translation>
    </message>
    <message>
        <source>No image in row %1 (the gallery has %2).</source>
        <translation>Kein Bild in Zeile %1 (die Galerie hat %2).</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Export image grid</source>
        <translation>Bildraster exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export images to folder</source>
        <translation>Bilder in Ordner exportieren</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Scores exportieren</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>gallery images</source>
        <translation>Galeriebilder</translation>
    </message>
    <message>
        <source>gallery grid</source>
        <translation>Galerieraster</translation>
    </message>
    <message>
        <source>gallery scores</source>
        <translation>Galeriewerte</translation>
    </message>
</context>
<context>
    <name>negvae::SvhnMatReader</name>
    <message>
        <source>file does not exist</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>not a MAT file (or not readable)</source>
        <translation>keine MAT-Datei (oder nicht lesbar)</translation>
    </message>
    <message>
        <source>has no variable %1; SVHN files hold X (the images) and y (the labels)</source>
        <translation>hat keine Variable %1; SVHN-Dateien enthalten X (die Bilder) und y (die Labels)</translation>
    </message>
    <message>
        <source>variable %1 cannot be read: %2</source>
        <translation>Variable %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>X is %1, expected uint8</source>
        <translation>X ist %1, erwartet uint8</translation>
    </message>
    <message>
        <source>X has shape %1, expected 32×32×3×N (height × width × channels × images)</source>
        <translation>X hat die Form %1, erwartet 32×32×3×N (Höhe × Breite × Kanäle × Bilder)</translation>
    </message>
    <message>
        <source>X has shape %1 and holds no images</source>
        <translation>X hat die Form %1 und enthält keine Bilder</translation>
    </message>
    <message>
        <source>y is %1, expected a numeric array</source>
        <translation>y ist %1, erwartet ein numerisches Array</translation>
    </message>
    <message>
        <source>y has shape %1, expected N×1</source>
        <translation>y hat die Form %1, erwartet N×1</translation>
    </message>
    <message>
        <source>X holds %1 images but y holds %2 labels; the counts must match</source>
        <translation>X enthält %1 Bilder, aber y enthält %2 Labels; die Anzahlen müssen übereinstimmen</translation>
    </message>
    <message>
        <source>label y(%1) is %2, expected a whole number 1..10</source>
        <translation>Label y(%1) ist %2, erwartet eine ganze Zahl 1..10</translation>
    </message>
</context>
<context>
    <name>negvae::SweepReport</name>
    <message>
        <source>%1 Scores per image, higher = more anomalous: BPD = -ELBO/(D ln 2), KL = KL(q(z|x) || p(z)), REC = -E log p(x|z). Cells: mean (sample standard deviation, n - 1) over the runs that differ only in their seed.</source>
        <translation>%1 Scores pro Bild, höher = anomaler: BPD = -ELBO/(D ln 2), KL = KL(q(z|x) || p(z)), REC = -E log p(x|z). Zellen: Mittelwert (Stichproben-Standardabweichung, n - 1) über die Läufe, die sich nur im Seed unterscheiden.</translation>
    </message>
</context>
<context>
    <name>negvae::TrainingWorker</name>
    <message>
        <source>Training diverged: %1</source>
        <translation>Training divergiert: %1</translation>
    </message>
    <message>
        <source>Invalid experiment: %1</source>
        <translation>Ungültiges Experiment: %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
</context>
</TS>
