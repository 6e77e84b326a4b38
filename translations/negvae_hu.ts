<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>ExportFlow</name>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 exportálva ide: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Nem sikerült írni: %1.</translation>
    </message>
    <message>
        <source>export of %1 failed: %2</source>
        <translation>%1 exportálása sikertelen: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Sikertelen exportálás</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Negative sampling in variational autoencoders.</source>
        <translation>Negatív mintavételezés variációs autoenkóderekben.</translation>
    </message>
    <message>
        <source>Open this experiment file.</source>
        <translation>A kísérletfájl megnyitása.</translation>
    </message>
    <message>
        <source>Start from this preset.</source>
        <translation>Indulás ebből a sablonból.</translation>
    </message>
    <message>
        <source>Show this run folder.</source>
        <translation>A futtatási mappa megjelenítése.</translation>
    </message>
    <message>
        <source>Resume training this run folder.</source>
        <translation>A futtatási mappa tanításának folytatása.</translation>
    </message>
    <message>
        <source>Start training the experiment right away.</source>
        <translation>A kísérlet tanításának azonnali indítása.</translation>
    </message>
    <message>
        <source>Show this view: dashboard, samples, explore or runs.</source>
        <translation>Ennek a nézetnek a megjelenítése: dashboard, samples, explore vagy runs.</translation>
    </message>
    <message>
        <source>Compare the runs in this folder (e.g. a sweep&apos;s) in the Runs view.</source>
        <translation>Az ebben a mappában lévő futtatások (pl. egy sweepé) összehasonlítása a Futtatások nézetben.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use dashboard, samples, explore or runs.</source>
        <translation>Ismeretlen nézet: „%1”. Lehetőségek: dashboard, samples, explore vagy runs.</translation>
    </message>
</context>
<context>
    <name>negvae::AboutDialog</name>
    <message>
        <source>%1 (built against %2)</source>
        <translation>%1 (fordítva ehhez: %2)</translation>
    </message>
    <message>
        <source>Build type</source>
        <translation>Build típusa</translation>
    </message>
    <message>
        <source>About negvae</source>
        <translation>A negvae névjegye</translation>
    </message>
    <message>
        <source>&lt;b&gt;negvae %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;negvae %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Negative sampling in variational autoencoders: train VAEs with negative samples and watch whether out-of-distribution images get lower likelihood.&lt;p&gt;Method: Csiszárik, Benkő, Varga (2019), arXiv:1910.02760.&lt;/p&gt;</source>
        <translation>Negatív mintavételezés variációs autoenkóderekben: VAE-k tanítása negatív mintákkal, és annak követése, hogy az eloszláson kívüli képek kisebb likelihoodot kapnak-e.&lt;p&gt;Módszer: Csiszárik, Benkő, Varga (2019), arXiv:1910.02760.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Verziók &amp;másolása</translation>
    </message>
</context>
<context>
    <name>negvae::AurocPlot</name>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>AUROC (OOD = positive)</source>
        <translation>AUROC (OOD = pozitív)</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>véletlen</translation>
    </message>
    <message>
        <source>AUROC with the OOD set as the positive class and higher score = more anomalous; ties count ½. 0.5 = chance; below 0.5 the model gives OOD images higher likelihood</source>
        <translation>AUROC: az OOD halmaz a pozitív osztály, magasabb pontszám = anomálisabb; a holtversenyek ½-del számítanak. 0,5 = véletlen; 0,5 alatt a modell nagyobb likelihoodot ad az OOD képeknek</translation>
    </message>
</context>
<context>
    <name>negvae::Cifar10Reader</name>
    <message>
        <source>file is empty</source>
        <translation>a fájl üres</translation>
    </message>
    <message>
        <source>length %1 bytes is not a multiple of the %2-byte record (%3 whole records and %4 bytes left over)</source>
        <translation>a hossz (%1 bájt) nem többszöröse a %2 bájtos rekordnak (%3 teljes rekord és %4 bájt maradék)</translation>
    </message>
    <message>
        <source>record %1 has label %2, expected 0..9</source>
        <translation>a(z) %1. rekord címkéje %2, várt: 0..9</translation>
    </message>
    <message>
        <source>folder does not exist</source>
        <translation>a mappa nem létezik</translation>
    </message>
    <message>
        <source>missing: the CIFAR-10 %1 split needs %2</source>
        <translation>hiányzik: a CIFAR-10 %1 felosztáshoz ez kell: %2</translation>
    </message>
</context>
<context>
    <name>negvae::CompressedFile</name>
    <message>
        <source>corrupt gzip stream: %1 unexpected bytes after the compressed data</source>
        <translation>sérült gzip-folyam: %1 váratlan bájt a tömörített adatok után</translation>
    </message>
    <message>
        <source>corrupt gzip stream: %1</source>
        <translation>sérült gzip-folyam: %1</translation>
    </message>
    <message>
        <source>truncated gzip stream: the file ends after %1 bytes, inside the compressed data</source>
        <translation>csonka gzip-folyam: a fájl %1 bájt után véget ér, a tömörített adatok közepén</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>nem nyitható meg: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nem olvasható: %1</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>nem írható: %1</translation>
    </message>
</context>
<context>
    <name>negvae::ExperimentConfig</name>
    <message>
        <source>must be at least %1, got %2</source>
        <translation>legalább %1 kell legyen, de %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>%1 és %2 között kell legyen, de %3</translation>
    </message>
    <message>
        <source>must be a finite number greater than 0, got </source>
        <translation>0-nál nagyobb véges szám kell legyen, de </translation>
    </message>
    <message>
        <source>must be a finite number of at least 0, got </source>
        <translation>legalább 0 értékű véges szám kell legyen, de </translation>
    </message>
    <message>
        <source>must be a finite number, got </source>
        <translation>véges szám kell legyen, de </translation>
    </message>
    <message>
        <source>must be in [0, 1), got </source>
        <translation>[0, 1) között kell legyen, de </translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nem lehet üres</translation>
    </message>
    <message>
        <source>source &quot;auxiliary&quot; needs at least one data set to draw negatives from</source>
        <translation>az „auxiliary” forráshoz legalább egy adathalmaz kell, amelyből a negatív minták származnak</translation>
    </message>
    <message>
        <source>only used with source &quot;auxiliary&quot;, but source is &quot;%1&quot;; remove the sets or change the source</source>
        <translation>csak az „auxiliary” forrással használatos, de a forrás „%1”; töröld az adathalmazokat, vagy változtasd meg a forrást</translation>
    </message>
    <message>
        <source>only applies to source &quot;adversarial&quot;, but source is &quot;%1&quot;</source>
        <translation>csak az „adversarial” forrásra vonatkozik, de a forrás „%1”</translation>
    </message>
    <message>
        <source>at most %1 conv layers are supported, got %2</source>
        <translation>legfeljebb %1 konvolúciós réteg támogatott, de %2 van megadva</translation>
    </message>
    <message>
        <source>must be in (0, 1] (the probability of replacing a pixel), got </source>
        <translation>(0, 1] között kell legyen (egy pixel cseréjének valószínűsége), de </translation>
    </message>
</context>
<context>
    <name>negvae::ExperimentPanel</name>
    <message>
        <source>&amp;Name</source>
        <translation>Né&amp;v</translation>
    </message>
    <message>
        <source>A label for the run: it names the run folder and appears in reports and plots.</source>
        <translation>A futtatás címkéje: ez adja a futtatási mappa nevét, és megjelenik a jelentésekben és ábrákon.</translation>
    </message>
    <message>
        <source>&amp;Inliers</source>
        <translation>&amp;Inlierek</translation>
    </message>
    <message>
        <source>The image set the VAE is trained on (its train split); its test split is scored as the negative, normal class. A registry name, a file or a folder (…); transforms may follow after &apos;:&apos;, e.g. mnist:invert.</source>
        <translation>A képhalmaz, amelyen a VAE tanul (tanító felosztása); teszt felosztása negatív, normál osztályként kap pontszámot. Regisztrált név, fájl vagy mappa (…); &apos;:&apos; után transzformációk következhetnek, pl. mnist:invert.</translation>
    </message>
    <message>
        <source>Train s&amp;ubset</source>
        <translation>Tanító rész&amp;halmaz</translation>
    </message>
    <message>
        <source>Train on only this many images of the inliers&apos; train split; &apos;all&apos; uses the whole split.</source>
        <translation>Csak ennyi képet használ az inlierek tanító felosztásából; a „mind” a teljes felosztást használja.</translation>
    </message>
    <message>
        <source>T&amp;est subset</source>
        <translation>T&amp;eszt részhalmaz</translation>
    </message>
    <message>
        <source>Score only this many images of each test split (the inliers&apos; and every OOD set&apos;s); &apos;all&apos; scores them all.</source>
        <translation>Csak ennyi képet pontoz minden teszt felosztásból (az inlierekéből és minden OOD halmazéból); a „mind” az összeset pontozza.</translation>
    </message>
    <message>
        <source>&amp;OOD sets</source>
        <translation>&amp;OOD halmazok</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>For&amp;rás</translation>
    </message>
    <message>
        <source>Ne&amp;gative sets</source>
        <translation>Ne&amp;gatív halmazok</translation>
    </message>
    <message>
        <source>The auxiliary image set(s) whose train splits supply the negative batches.</source>
        <translation>A segédképhalmaz(ok), amelyek tanító felosztásai a negatív batch-eket adják.</translation>
    </message>
    <message>
        <source>&amp;Noise σ</source>
        <translation>&amp;Zaj σ</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to the inlier batch to make its negatives (clipped to [0, 1]); the paper uses 0.25.</source>
        <translation>Az inlier batch-hez adott Gauss-zaj szórása, amelyből a negatívok készülnek ([0, 1]-re vágva); a cikk 0,25-öt használ.</translation>
    </message>
    <message>
        <source>Generator also &amp;pulled by negative prior</source>
        <translation>A generátort a negatív &amp;prior is húzza</translation>
    </message>
    <message>
        <source>λ (&amp;weight)</source>
        <translation>λ (súl&amp;y)</translation>
    </message>
    <message>
        <source>c (prior &amp;mean)</source>
        <translation>c (&amp;várható érték)</translation>
    </message>
    <message>
        <source>Ar&amp;chitecture</source>
        <translation>Ar&amp;chitektúra</translation>
    </message>
    <message>
        <source>Latent &amp;dim</source>
        <translation>Látens &amp;dimenzió</translation>
    </message>
    <message>
        <source>Dimension of z; &apos;default&apos; is 10 for grayscale and 100 for colour.</source>
        <translation>z dimenziója; az „alapértelmezett” szürkeárnyalatosnál 10, színesnél 100.</translation>
    </message>
    <message>
        <source>Conv w&amp;idths</source>
        <translation>&amp;Konv. szélességek</translation>
    </message>
    <message>
        <source>Filter counts of the encoder&apos;s conv layers, separated by commas (e.g. 32, 64); the decoder mirrors them. Empty uses the architecture&apos;s default.</source>
        <translation>Az enkóder konvolúciós rétegeinek szűrőszámai vesszővel elválasztva (pl. 32, 64); a dekóder tükrözi őket. Üresen az architektúra alapértelmezését használja.</translation>
    </message>
    <message>
        <source>Hi&amp;dden width</source>
        <translation>&amp;Rejtett szélesség</translation>
    </message>
    <message>
        <source>Width of the grayscale architecture&apos;s dense layer; the colour architecture has none.</source>
        <translation>A szürkeárnyalatos architektúra sűrű rétegének szélessége; a színes architektúrának nincs ilyen.</translation>
    </message>
    <message>
        <source>Noise mod&amp;el</source>
        <translation>Zaj&amp;modell</translation>
    </message>
    <message>
        <source>&amp;Gaussian σ</source>
        <translation>&amp;Gauss-σ</translation>
    </message>
    <message>
        <source>σ of the Gaussian noise models: fixed for &apos;Gaussian, fixed σ&apos; and &apos;Quantized Gaussian&apos;, the starting value for &apos;Gaussian, learned σ&apos;. Unused with Bernoulli.</source>
        <translation>A Gauss-zajmodellek σ-ja: rögzített a „Gauss, rögzített σ” és a „Kvantált Gauss” esetén, kezdőérték a „Gauss, tanult σ” esetén. Bernoullinál nem használt.</translation>
    </message>
    <message>
        <source>Spe&amp;ctral norm on encoder convs</source>
        <translation>Spe&amp;ktrálnormalizálás az enkóder konvolúcióin</translation>
    </message>
    <message>
        <source>Spectral normalisation of the encoder&apos;s conv weights; the paper uses it with adversarial negatives on colour data.</source>
        <translation>Az enkóder konvolúciós súlyainak spektrálnormalizálása; a cikk adverzariális negatívokkal, színes adatokon használja.</translation>
    </message>
    <message>
        <source>&amp;Optimiser</source>
        <translation>&amp;Optimalizáló</translation>
    </message>
    <message>
        <source>With alternating updates the encoder and the decoder each get an optimiser of this kind. Paper: RMSProp for grayscale, Adam for colour.</source>
        <translation>Váltakozó frissítésnél az enkóder és a dekóder is kap egy-egy ilyen optimalizálót. Cikk: RMSProp szürkeárnyalatoshoz, Adam színeshez.</translation>
    </message>
    <message>
        <source>Learning &amp;rate</source>
        <translation>Tan&amp;ulási ráta</translation>
    </message>
    <message>
        <source>Step size; 1e-4 style values are accepted. Paper: 1e-4.</source>
        <translation>Lépésköz; 1e-4 alakú értékek is megadhatók. Cikk: 1e-4.</translation>
    </message>
    <message>
        <source>R&amp;MSProp α</source>
        <translation>R&amp;MSProp α</translation>
    </message>
    <message>
        <source>Smoothing constant of RMSProp&apos;s running average of squared gradients, in [0, 1).</source>
        <translation>Az RMSProp négyzetes gradiensekre vett mozgóátlagának simítási állandója, [0, 1)-ben.</translation>
    </message>
    <message>
        <source>&amp;Adam β₁</source>
        <translation>&amp;Adam β₁</translation>
    </message>
    <message>
        <source>Decay rate of Adam&apos;s first-moment estimate, in [0, 1); the paper uses 0.9.</source>
        <translation>Az Adam első momentum-becslésének csökkenési rátája, [0, 1)-ben; a cikk 0,9-et használ.</translation>
    </message>
    <message>
        <source>A&amp;dam β₂</source>
        <translation>Ada&amp;m β₂</translation>
    </message>
    <message>
        <source>Decay rate of Adam&apos;s second-moment estimate, in [0, 1); the paper uses 0.999.</source>
        <translation>Az Adam második momentum-becslésének csökkenési rátája, [0, 1)-ben; a cikk 0,999-et használ.</translation>
    </message>
    <message>
        <source>ε (e&amp;psilon)</source>
        <translation>ε (e&amp;pszilon)</translation>
    </message>
    <message>
        <source>Added to the optimiser&apos;s denominator for numerical stability; greater than 0.</source>
        <translation>Az optimalizáló nevezőjéhez adódik a numerikus stabilitásért; 0-nál nagyobb.</translation>
    </message>
    <message>
        <source>Weight deca&amp;y</source>
        <translation>Súly&amp;lecsengés</translation>
    </message>
    <message>
        <source>L2 penalty on the weights; 0 = none.</source>
        <translation>L2-büntetés a súlyokra; 0 = nincs.</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>Fr&amp;issítések</translation>
    </message>
    <message>
        <source>Alternating (the paper): per batch one encoder step, then one decoder step, each with its own optimiser. Joint: one step on all parameters.</source>
        <translation>Váltakozó (a cikk): batch-enként egy enkóder-lépés, majd egy dekóder-lépés, mindegyik saját optimalizálóval. Közös: egy lépés az összes paraméteren.</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>Seeds training: initial weights, batch order, sampled z and generated negatives. The same config and seed reproduce a run.</source>
        <translation>A tanítás seedje: kezdősúlyok, batch-sorrend, mintavételezett z és generált negatívok. Ugyanaz a konfiguráció és seed ugyanazt a futtatást adja.</translation>
    </message>
    <message>
        <source>E&amp;pochs</source>
        <translation>E&amp;pochok</translation>
    </message>
    <message>
        <source>Passes over the inliers&apos; train split; the paper trains 100 (300 for adversarial colour).</source>
        <translation>Menetek az inlierek tanító felosztásán; a cikk 100-at tanít (300-at adverzariális, színes esetben).</translation>
    </message>
    <message>
        <source>Batch si&amp;ze</source>
        <translation>Batch-mér&amp;et</translation>
    </message>
    <message>
        <source>Inlier images per step; the negative batch has the same size. The paper uses 50.</source>
        <translation>Inlier képek lépésenként; a negatív batch ugyanekkora. A cikk 50-et használ.</translation>
    </message>
    <message>
        <source>Thre&amp;ads</source>
        <translation>Szá&amp;lak</translation>
    </message>
    <message>
        <source>CPU threads for LibTorch; &apos;all cores&apos; uses every core (LibTorch would otherwise use one).</source>
        <translation>CPU-szálak a LibTorch-nak; a „minden mag” minden magot használ (különben a LibTorch egyet használna).</translation>
    </message>
    <message>
        <source>Dev&amp;ice</source>
        <translation>&amp;Eszköz</translation>
    </message>
    <message>
        <source>Where to train: Auto uses CUDA when this build and machine have it, else the CPU.</source>
        <translation>Hol tanuljon: az Auto CUDA-t használ, ha ez a build és a gép támogatja, különben a CPU-t.</translation>
    </message>
    <message>
        <source>Evaluate ever&amp;y</source>
        <translation>Kié&amp;rtékelési időköz</translation>
    </message>
    <message>
        <source>Score the test splits (BPD, KL, REC and their AUROC) every this many epochs.</source>
        <translation>A teszt felosztások pontozása (BPD, KL, REC és AUROC-juk) ennyi epochonként.</translation>
    </message>
    <message>
        <source>Chec&amp;kpoint every</source>
        <translation>E&amp;llenőrzőpont-időköz</translation>
    </message>
    <message>
        <source>Save the model and optimiser states every this many epochs.</source>
        <translation>A modell és az optimalizálók állapotának mentése ennyi epochonként.</translation>
    </message>
    <message>
        <source>Sa&amp;mples</source>
        <translation>M&amp;inták</translation>
    </message>
    <message>
        <source>Images decoded from z ~ p(z) into each sample grid; &apos;none&apos; draws no samples.</source>
        <translation>z ~ p(z)-ből dekódolt képek mintarácsonként; a „nincs” nem rajzol mintát.</translation>
    </message>
    <message>
        <source>Seed of the scoring (the ELBO&apos;s sampled z), apart from the training seed so that scores of runs with different training seeds are comparable.</source>
        <translation>A pontozás seedje (az ELBO mintavételezett z-je), külön a tanítási seedtől, hogy a különböző tanítási seedekkel futott futtatások pontszámai összehasonlíthatók legyenek.</translation>
    </message>
    <message>
        <source>Images scored at once; changes speed and memory, not the scores.</source>
        <translation>Egyszerre pontozott képek; a sebességet és a memóriát befolyásolja, a pontszámokat nem.</translation>
    </message>
    <message>
        <source>None (baseline VAE)</source>
        <translation>Nincs (alap VAE)</translation>
    </message>
    <message>
        <source>No negatives: the plain VAE.</source>
        <translation>Nincsenek negatívok: a sima VAE.</translation>
    </message>
    <message>
        <source>Auxiliary data set(s)</source>
        <translation>Segédadathalmaz(ok)</translation>
    </message>
    <message>
        <source>Batches drawn from other image sets, e.g. letters for Fashion-MNIST.</source>
        <translation>Más képhalmazokból vett batch-ek, pl. betűk a Fashion-MNIST-hez.</translation>
    </message>
    <message>
        <source>Noisy inliers</source>
        <translation>Zajos inlierek</translation>
    </message>
    <message>
        <source>The inlier batch plus Gaussian noise of standard deviation σ, clipped to [0, 1].</source>
        <translation>Az inlier batch plusz σ szórású Gauss-zaj, [0, 1]-re vágva.</translation>
    </message>
    <message>
        <source>Uniform noise</source>
        <translation>Egyenletes zaj</translation>
    </message>
    <message>
        <source>Every pixel uniform in [0, 1].</source>
        <translation>Minden pixel egyenletes eloszlású [0, 1]-ben.</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generált</translation>
    </message>
    <message>
        <source>Decoder means at z ~ p(z), detached: negatives for the encoder only.</source>
        <translation>A dekóder várható értékei z ~ p(z)-nél, leválasztva: negatívok csak az enkódernek.</translation>
    </message>
    <message>
        <source>Adversarial</source>
        <translation>Adverzariális</translation>
    </message>
    <message>
        <source>Generated negatives, and the generator learns from them too.</source>
        <translation>Generált negatívok, és a generátor is tanul belőlük.</translation>
    </message>
    <message>
        <source>Auto (from the inliers)</source>
        <translation>Auto (az inlierekből)</translation>
    </message>
    <message>
        <source>Bernoulli</source>
        <translation>Bernoulli</translation>
    </message>
    <message>
        <source>Logits; pixel values in [0, 1] as continuous targets.</source>
        <translation>Logitok; a [0, 1]-beli pixelértékek folytonos célértékek.</translation>
    </message>
    <message>
        <source>Gaussian, fixed σ</source>
        <translation>Gauss, rögzített σ</translation>
    </message>
    <message>
        <source>Gaussian, learned σ</source>
        <translation>Gauss, tanult σ</translation>
    </message>
    <message>
        <source>One global log σ, trained with the decoder.</source>
        <translation>Egyetlen globális log σ, a dekóderrel együtt tanítva.</translation>
    </message>
    <message>
        <source>Quantized Gaussian</source>
        <translation>Kvantált Gauss</translation>
    </message>
    <message>
        <source>The Gaussian&apos;s mass on each 1/256-wide pixel bin.</source>
        <translation>A Gauss-eloszlás tömege minden 1/256 széles pixelrekeszen.</translation>
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
        <translation>Váltakozó (cikk)</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Közös</translation>
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
        <translation>Adatok</translation>
    </message>
    <message>
        <source>Negatives</source>
        <translation>Negatívok</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimalizáló</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tanítás</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Kiértékelés</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Kísérlet</translation>
    </message>
    <message>
        <source>Choose a folder of images or data files</source>
        <translation>Képeket vagy adatfájlokat tartalmazó mappa kiválasztása</translation>
    </message>
    <message>
        <source>Choose a data file</source>
        <translation>Adatfájl kiválasztása</translation>
    </message>
    <message>
        <source>Image data (*.gz *-ubyte *.idx *.bin *.mat *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Képadatok (*.gz *-ubyte *.idx *.bin *.mat *.png *.jpg *.jpeg);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nem érhető el: %1</translation>
    </message>
    <message>
        <source>needs a number</source>
        <translation>számot kell megadni</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1” nem szám</translation>
    </message>
    <message>
        <source>needs a whole number of at least 0</source>
        <translation>legalább 0 értékű egész számot kell megadni</translation>
    </message>
    <message>
        <source>%1 is too large; the largest seed is %2</source>
        <translation>%1 túl nagy; a legnagyobb seed: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; write filter counts separated by commas, e.g. 32, 64</source>
        <translation>„%1” nem egész szám; a szűrőszámokat vesszővel elválasztva kell írni, pl. 32, 64</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the inlier set; it cannot also be an OOD set. Uncheck it or choose other inliers.</source>
        <translation>„%1” az inlier halmaz; nem lehet egyben OOD halmaz is. Vegye ki a pipát, vagy válasszon más inliereket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the inlier set; it cannot also supply the negatives. Uncheck it or choose other inliers.</source>
        <translation>„%1” az inlier halmaz; nem adhatja egyben a negatívokat is. Vegye ki a pipát, vagy válasszon más inliereket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available</source>
        <translation>„%1” nem érhető el</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available: %2</source>
        <translation>„%1” nem érhető el: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a known data set nor an existing file or folder</source>
        <translation>„%1” nem ismert adathalmaz, és nem is létező fájl vagy mappa</translation>
    </message>
    <message>
        <source>default</source>
        <translation>alapértelmezett</translation>
    </message>
    <message>
        <source>default for the inliers</source>
        <translation>az inlierek alapértelmezése</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>alapértelmezett (%1)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>alapértelmezett: %1</translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation>Sa&amp;blon</translation>
    </message>
    <message>
        <source>Ready-made configurations from the paper; Apply replaces every setting below.</source>
        <translation>Kész konfigurációk a cikkből; az Alkalmaz minden lenti beállítást lecserél.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Alkal&amp;maz</translation>
    </message>
    <message>
        <source>Replace every setting with the chosen preset.</source>
        <translation>Minden beállítás lecserélése a választott sablonra.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>mind</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>minden mag</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nincs</translation>
    </message>
    <message>
        <source>e.g. 1e-4</source>
        <translation>pl. 1e-4</translation>
    </message>
    <message>
        <source>Use a file or folder of images as the inliers.</source>
        <translation>Képeket tartalmazó fájl vagy mappa használata inlierként.</translation>
    </message>
    <message>
        <source>A&amp;dd path…</source>
        <translation>Útvonal hozzáa&amp;dása…</translation>
    </message>
    <message>
        <source>Add a file or folder of images to the list, checked.</source>
        <translation>Képeket tartalmazó fájl vagy mappa hozzáadása a listához, bepipálva.</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fájl…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Mappa…</translation>
    </message>
    <message>
        <source>Out-of-distribution sets: their test splits are scored against the inliers&apos; test split, with the OOD set as the positive class of AUROC (SPEC §4). The inlier set is not offered.</source>
        <translation>Eloszláson kívüli (OOD) halmazok: teszt felosztásaikat az inlierek teszt felosztásával szemben pontozzuk, az AUROC pozitív osztálya az OOD halmaz (SPEC §4). Az inlier halmaz nem választható.</translation>
    </message>
    <message>
        <source>Where each step&apos;s negative batch x̄ comes from. The encoder is taught to map negatives to the negative prior N(c·1, I) (SPEC §3). &apos;None&apos; trains the baseline VAE.</source>
        <translation>Honnan jön az egyes lépések x̄ negatív batch-e. Az enkóder megtanulja a negatívokat az N(c·1, I) negatív priorra leképezni (SPEC §3). A „Nincs” az alap VAE-t tanítja.</translation>
    </message>
    <message>
        <source>Off (default): the generator learns only from KL(q(z|x̂) ‖ p(z)), making its images look like inliers to the encoder, as the paper&apos;s prose says. On: the negative-prior term also sends gradients into the generator (SPEC §3).</source>
        <translation>Ki (alapértelmezés): a generátor csak a KL(q(z|x̂) ‖ p(z)) tagból tanul, így képei az enkóder számára inliernek látszanak, ahogy a cikk szövege írja. Be: a negatív prior tagja is küld gradienst a generátorba (SPEC §3).</translation>
    </message>
    <message>
        <source>Weight λ of the negative term λ·KL(q(z|x̄) ‖ N(c·1, I)) in the loss; the paper uses 1. Unused without negatives.</source>
        <translation>A λ·KL(q(z|x̄) ‖ N(c·1, I)) negatív tag λ súlya a veszteségben; a cikk 1-et használ. Negatívok nélkül nem használt.</translation>
    </message>
    <message>
        <source>Mean c of the negative prior N(c·1, I) in every latent coordinate; the paper uses 8 for grayscale and 25 for colour. Unused without negatives.</source>
        <translation>Az N(c·1, I) negatív prior c várható értéke minden látens koordinátában; a cikk szürkeárnyalatosnál 8-at, színesnél 25-öt használ. Negatívok nélkül nem használt.</translation>
    </message>
    <message>
        <source>Network family (SPEC §2). Auto picks grayscale for 1×28×28 inliers and the DCGAN-style colour network for 3×32×32 ones.</source>
        <translation>Hálózatcsalád (SPEC §2). Az Auto 1×28×28-as inliereknél a szürkeárnyalatosat, 3×32×32-eseknél a DCGAN-stílusú színes hálózatot választja.</translation>
    </message>
    <message>
        <source>The decoder&apos;s per-pixel likelihood p(x|z). It changes which score fails as an OOD detector (SPEC §5).</source>
        <translation>A dekóder pixelenkénti p(x|z) likelihoodja. Ettől függ, melyik pontszám vall kudarcot OOD-detektorként (SPEC §5).</translation>
    </message>
    <message>
        <source>Grayscale (1×28×28)</source>
        <translation>Szürkeárnyalatos (1×28×28)</translation>
    </message>
    <message>
        <source>Colour (3×32×32)</source>
        <translation>Színes (3×32×32)</translation>
    </message>
    <message>
        <source>Importance-weighted BPD (BPD-I&amp;W)</source>
        <translation>Fontossággal súlyozott BPD (BPD-I&amp;W)</translation>
    </message>
    <message>
        <source>Adds bpd_iw = -log p_K(x)/(D ln 2), the IWAE bound with K posterior samples, in bits per dimension; higher = more anomalous. Tighter than the ELBO&apos;s BPD (never above it on average). Computed at every evaluation.</source>
        <translation>Hozzáadja a bpd_iw = -log p_K(x)/(D ln 2) pontszámot, a K poszterior mintás IWAE-korlátot, bit/dimenzióban; nagyobb = anomálisabb. Szorosabb az ELBO BPD-jénél (átlagosan sosem nagyobb nála). Minden kiértékelésnél számolódik.</translation>
    </message>
    <message>
        <source>IWAE samples &amp;K</source>
        <translation>IWAE minták &amp;K</translation>
    </message>
    <message>
        <source>Posterior samples per image of the importance-weighted bound (default 100); more is tighter and proportionally slower.</source>
        <translation>Poszterior minták száma képenként a fontossággal súlyozott korláthoz (alapértelmezés 100); több szorosabb és arányosan lassabb.</translation>
    </message>
    <message>
        <source>IWAE pass si&amp;ze</source>
        <translation>IWAE menet mé&amp;rete</translation>
    </message>
    <message>
        <source>At most this many images × samples are decoded in one pass: bounds memory, does not change the scores.</source>
        <translation>Legfeljebb ennyi kép × minta dekódolódik egy menetben: a memóriát korlátozza, a pontszámokat nem változtatja.</translation>
    </message>
    <message>
        <source>Input-complexity-corrected BPD (&amp;S)</source>
        <translation>Komplexitással korrigált BPD (&amp;O)</translation>
    </message>
    <message>
        <source>Adds complexity = BPD - L(x), L(x) the 8-bit image&apos;s compressed length in bits per dimension (Serrà et al. 2020); higher = more anomalous. Cheap; computed at every evaluation.</source>
        <translation>Hozzáadja a complexity = BPD - L(x) pontszámot, ahol L(x) a 8 bites kép tömörített hossza bit/dimenzióban (Serrà et al. 2020); nagyobb = anomálisabb. Olcsó; minden kiértékelésnél számolódik.</translation>
    </message>
    <message>
        <source>Compresso&amp;r</source>
        <translation>T&amp;ömörítő</translation>
    </message>
    <message>
        <source>The lossless codec that measures L(x): PNG at maximum compression, or JPEG 2000 (lossless) where this OpenCV can write it.</source>
        <translation>Az L(x)-et mérő veszteségmentes kodek: PNG maximális tömörítéssel, vagy JPEG 2000 (veszteségmentes), ahol ez az OpenCV írni tudja.</translation>
    </message>
    <message>
        <source>Likelihood ratio (&amp;background model)</source>
        <translation>Likelihood-hányados (&amp;háttérmodell)</translation>
    </message>
    <message>
        <source>Trains a second VAE alongside (same architecture and optimiser, on inliers with pixels replaced by noise) and adds likelihood_ratio = BPD - background BPD (Ren et al. 2019); higher = more anomalous. Roughly doubles training time.</source>
        <translation>Mellette egy második VAE-t is tanít (azonos architektúra és optimalizáló, zajjal helyettesített pixelű inliereken), és hozzáadja a likelihood_ratio = BPD - háttér-BPD pontszámot (Ren et al. 2019); nagyobb = anomálisabb. Nagyjából megduplázza a tanítási időt.</translation>
    </message>
    <message>
        <source>Perturbation rate μ (&amp;U)</source>
        <translation>Perturbációs arány μ (&amp;U)</translation>
    </message>
    <message>
        <source>Probability that a pixel of the background model&apos;s training images is replaced by a uniform value, in (0, 1]; Ren et al. use 0.2.</source>
        <translation>Annak valószínűsége, hogy a háttérmodell tanítóképeinek egy pixelét egyenletes eloszlású érték váltja fel, (0, 1] között; Ren et al. 0.2-t használ.</translation>
    </message>
    <message>
        <source>Likelihood re&amp;gret (slow)</source>
        <translation>Likelihood-&amp;regret (lassú)</translation>
    </message>
    <message>
        <source>Adds regret = BPD at the encoder&apos;s posterior - BPD at a posterior re-optimised for each image (Xiao et al. 2020), bits per dimension, &gt;= 0; higher = more anomalous. Slow: computed at the final evaluation only (Stop cancels it and keeps the other scores).</source>
        <translation>Hozzáadja a regret = BPD az enkóder poszteriorjánál - BPD egy képenként újraoptimalizált poszteriornál pontszámot (Xiao et al. 2020), bit/dimenzió, &gt;= 0; nagyobb = anomálisabb. Lassú: csak a végső kiértékelésnél számolódik (a Leállítás megszakítja, a többi pontszám megmarad).</translation>
    </message>
    <message>
        <source>Adam steps on each image&apos;s posterior; the time of the regret score grows with it.</source>
        <translation>Adam-lépések minden kép poszteriorján; a regret pontszám ideje ezzel együtt nő.</translation>
    </message>
    <message>
        <source>Regret &amp;learning rate</source>
        <translation>Regret tanulási &amp;ráta</translation>
    </message>
    <message>
        <source>Adam&apos;s step size for the per-image posterior; greater than 0.</source>
        <translation>Az Adam lépésmérete a képenkénti poszteriorhoz; 0-nál nagyobb.</translation>
    </message>
    <message>
        <source>PNG (maximum compression)</source>
        <translation>PNG (maximális tömörítés)</translation>
    </message>
    <message>
        <source>JPEG 2000 (lossless)</source>
        <translation>JPEG 2000 (veszteségmentes)</translation>
    </message>
    <message>
        <source>Regret ste&amp;ps</source>
        <translation>Regret lé&amp;pések</translation>
    </message>
</context>
<context>
    <name>negvae::ExploreView</name>
    <message>
        <source>Open or start a run to explore its images.</source>
        <translation>Nyisson meg vagy indítson egy futtatást a képei felfedezéséhez.</translation>
    </message>
    <message>
        <source>cannot read the run&apos;s evaluations: %1</source>
        <translation>a futtatás kiértékelései nem olvashatók: %1</translation>
    </message>
    <message>
        <source>Loading the test images…</source>
        <translation>A tesztképek betöltése…</translation>
    </message>
    <message>
        <source>Loading the test images… %1 (%2 %)</source>
        <translation>A tesztképek betöltése… %1 (%2 %)</translation>
    </message>
    <message>
        <source>cannot load the run&apos;s test images: %1</source>
        <translation>a futtatás tesztképei nem tölthetők be: %1</translation>
    </message>
    <message>
        <source>Ready: click a histogram bin or drag a score range, pick a top-k list, or click a latent point. Model of step %1 (latest checkpoint).</source>
        <translation>Kész: kattintson egy hisztogramrekeszre vagy húzzon ki egy pontszámtartományt, válasszon top-k listát, vagy kattintson egy látens pontra. A(z) %1. lépés modellje (legutóbbi ellenőrzőpont).</translation>
    </message>
    <message>
        <source>Ready: the run has no checkpoint yet, so images show without reconstructions.</source>
        <translation>Kész: a futtatásnak még nincs ellenőrzőpontja, ezért a képek rekonstrukció nélkül jelennek meg.</translation>
    </message>
    <message>
        <source>epoch %1 (step %2)</source>
        <translation>%1. epoch (%2. lépés)</translation>
    </message>
    <message>
        <source>cannot read the kept negatives: %1</source>
        <translation>a megőrzött negatívok nem olvashatók: %1</translation>
    </message>
    <message>
        <source>No run is open.</source>
        <translation>Nincs megnyitott futtatás.</translation>
    </message>
    <message>
        <source>The test images are still loading; try again in a moment.</source>
        <translation>A tesztképek még töltődnek; próbálja újra egy pillanat múlva.</translation>
    </message>
    <message>
        <source>%1 bin %2: [%3, %4)</source>
        <translation>%1, %2. rekesz: [%3, %4)</translation>
    </message>
    <message>
        <source>%1 in [%2, %3]</source>
        <translation>%1 itt: [%2, %3]</translation>
    </message>
    <message numerus="yes">
        <source> · %n negative(s) here are not shown: the run keeps the negatives&apos; images of its latest evaluation only</source>
        <translation>
            <numerusform> · %n itteni negatív nem látható: a futtatás csak a legutóbbi kiértékelés negatívjainak képeit őrzi meg</numerusform>
        </translation>
    </message>
    <message>
        <source>No images of set %1 to list.</source>
        <translation>A(z) %1 halmaznak nincs listázható képe.</translation>
    </message>
    <message>
        <source>The run keeps the negatives&apos; images of its latest evaluation only.</source>
        <translation>A futtatás csak a legutóbbi kiértékelés negatívjainak képeit őrzi meg.</translation>
    </message>
    <message>
        <source>%1: the %2 most anomalous by %3 (highest first)</source>
        <translation>%1: a %2 legaanomálisabb %3 szerint (a legmagasabb elöl)</translation>
    </message>
    <message>
        <source>%1: the %2 most typical by %3 (lowest first)</source>
        <translation>%1: a %2 legtipikusabb %3 szerint (a legalacsonyabb elöl)</translation>
    </message>
    <message>
        <source>This run has no OOD set.</source>
        <translation>Ennek a futtatásnak nincs OOD halmaza.</translation>
    </message>
    <message>
        <source>Where the model is fooled: the %1 OOD images with the lowest BPD · %2 of %3 OOD images (%4 %) score below the inliers&apos; median BPD %5</source>
        <translation>Ahol a modell tévedésbe esik: a %1 legalacsonyabb BPD-jű OOD kép · %3 OOD képből %2 (%4 %) pontszáma az inlierek %5 medián BPD-je alatt van</translation>
    </message>
    <message>
        <source>set %1 is not among the run&apos;s test sets</source>
        <translation>a(z) %1 halmaz nincs a futtatás teszthalmazai között</translation>
    </message>
    <message>
        <source>cannot show the images: %1</source>
        <translation>a képek nem jeleníthetők meg: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): %1</source>
        <translation>
            <numerusform>%n kép: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The images of %1 at this evaluation are not kept in the run folder, so they cannot be shown.</source>
        <translation>A(z) %1 képei ennél a kiértékelésnél nincsenek megőrizve a futtatási mappában, ezért nem jeleníthetők meg.</translation>
    </message>
    <message>
        <source>%1 has no image #%2</source>
        <translation>A(z) %1 halmazban nincs #%2 kép</translation>
    </message>
    <message>
        <source>Reconstruction (decoded at the posterior mean) by the model of step %1, the latest checkpoint; the scores are from the evaluation at step %2.</source>
        <translation>Rekonstrukció (a poszterior várható értékénél dekódolva) a(z) %1. lépés modelljével, a legutóbbi ellenőrzőponttal; a pontszámok a(z) %2. lépés kiértékeléséből valók.</translation>
    </message>
    <message>
        <source>No checkpoint yet, so no reconstruction.</source>
        <translation>Még nincs ellenőrzőpont, így rekonstrukció sincs.</translation>
    </message>
    <message>
        <source>No reconstruction: %1</source>
        <translation>Nincs rekonstrukció: %1</translation>
    </message>
    <message>
        <source>Interpolation needs two test images.</source>
        <translation>Az interpolációhoz két tesztkép kell.</translation>
    </message>
    <message>
        <source>The run has no checkpoint yet: nothing to interpolate with.</source>
        <translation>A futtatásnak még nincs ellenőrzőpontja: nincs mivel interpolálni.</translation>
    </message>
    <message>
        <source>cannot interpolate: %1</source>
        <translation>nem lehet interpolálni: %1</translation>
    </message>
    <message>
        <source>%1 #%2 → %3 #%4: the two images at the ends, %5 images decoded along the line between their posterior means (model of step %6)</source>
        <translation>%1 #%2 → %3 #%4: a két végponti kép, köztük %5 kép a poszterior várható értékeiket összekötő szakasz mentén dekódolva (a(z) %6. lépés modellje)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(nincs kiválasztva)</translation>
    </message>
    <message>
        <source>Latent interpolation: from %1 to %2. Choose both ends in the image detail.</source>
        <translation>Látens interpoláció: %1 → %2. Mindkét végpontot a képrészleteknél válassza ki.</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Kiértékelés:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Pontszám:</translation>
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
        <translation>A hisztogram, a listák és a feliratok képenkénti pontszáma; magasabb = anomálisabb.</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Halmaz:</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k:</translation>
    </message>
    <message>
        <source>Most anomalous</source>
        <translation>Legaanomálisabbak</translation>
    </message>
    <message>
        <source>The k images of the set with the highest score</source>
        <translation>A halmaz k legmagasabb pontszámú képe</translation>
    </message>
    <message>
        <source>Most typical</source>
        <translation>Legtipikusabbak</translation>
    </message>
    <message>
        <source>The k images of the set with the lowest score</source>
        <translation>A halmaz k legalacsonyabb pontszámú képe</translation>
    </message>
    <message>
        <source>Where the model is fooled</source>
        <translation>Ahol a modell tévedésbe esik</translation>
    </message>
    <message>
        <source>The k OOD images with the lowest BPD: those the model finds likeliest, against its purpose</source>
        <translation>A k legalacsonyabb BPD-jű OOD kép: amelyeket a modell — céljával ellentétben — a legvalószínűbbnek tart</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Lépések:</translation>
    </message>
    <message>
        <source>Interpolate</source>
        <translation>Interpolálás</translation>
    </message>
</context>
<context>
    <name>negvae::HistogramPlot</name>
    <message>
        <source>&amp;Bins</source>
        <translation>&amp;Rekeszek</translation>
    </message>
    <message>
        <source>score</source>
        <translation>pontszám</translation>
    </message>
    <message>
        <source>density (each set normalised)</source>
        <translation>sűrűség (halmazonként normálva)</translation>
    </message>
    <message>
        <source>Drag the dashed line to move the threshold; scores at or above it are flagged as anomalous.
Click a bin or drag a range elsewhere to see its images.</source>
        <translation>Húzza a szaggatott vonalat a küszöb mozgatásához; a küszöbön vagy felette lévő pontszámok anomálisnak számítanak.
Máshol kattintson egy rekeszre vagy húzzon ki egy tartományt a képei megtekintéséhez.</translation>
    </message>
    <message>
        <source>%1 (%2, %3; %4 not finite)</source>
        <translation>%1 (%2, %3; %4 nem véges)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>threshold %1: TPR %2 (OOD flagged), FPR %3 (inliers flagged)</source>
        <translation>küszöb %1: TPR %2 (jelölt OOD), FPR %3 (jelölt inlier)</translation>
    </message>
    <message>
        <source>bin %1 of %2: %3 to %4</source>
        <translation>%2 rekeszből a(z) %1.: %3 – %4</translation>
    </message>
    <message>
        <source>range %1 to %2</source>
        <translation>tartomány: %1 – %2</translation>
    </message>
    <message>
        <source>Click a bin or drag a range to see its images</source>
        <translation>Kattintson egy rekeszre vagy húzzon ki egy tartományt a képei megtekintéséhez</translation>
    </message>
</context>
<context>
    <name>negvae::IdxReader</name>
    <message>
        <source>not an IDX file</source>
        <translation>nem IDX-fájl</translation>
    </message>
    <message>
        <source>IDX images</source>
        <translation>IDX-képek</translation>
    </message>
    <message>
        <source>IDX labels</source>
        <translation>IDX-címkék</translation>
    </message>
    <message>
        <source>IDX with element type 0x%1, only unsigned bytes (0x08) are supported</source>
        <translation>IDX 0x%1 elemtípussal; csak az előjel nélküli bájt (0x08) támogatott</translation>
    </message>
    <message>
        <source>IDX unsigned bytes with %1 dimensions</source>
        <translation>IDX előjel nélküli bájtokkal, %1 dimenzióval</translation>
    </message>
    <message>
        <source>too short for an IDX header: %1 bytes</source>
        <translation>túl rövid egy IDX-fejléchez: %1 bájt</translation>
    </message>
    <message>
        <source>wrong magic number %1 (%2), expected %3 (%4)</source>
        <translation>hibás mágikus szám: %1 (%2), várt: %3 (%4)</translation>
    </message>
    <message>
        <source>too short for an IDX header: %1 bytes, the header needs %2</source>
        <translation>túl rövid egy IDX-fejléchez: %1 bájt, a fejlécnek %2 kell</translation>
    </message>
    <message>
        <source>dimension %1 of %2 is zero</source>
        <translation>a(z) %1. dimenzió (%2 közül) nulla</translation>
    </message>
    <message>
        <source>dimension %1 is %2, implausibly large for an image (at most %3)</source>
        <translation>a(z) %1. dimenzió %2, képhez valószínűtlenül nagy (legfeljebb %3)</translation>
    </message>
    <message>
        <source>truncated: expected %1 bytes, found %2</source>
        <translation>csonka: %1 bájt várt, %2 található</translation>
    </message>
    <message>
        <source>%1 trailing bytes after the %2 bytes the header describes</source>
        <translation>%1 fölösleges bájt a fejléc által leírt %2 bájt után</translation>
    </message>
    <message>
        <source>holds %1 labels but %2 holds %3 images; the counts must match</source>
        <translation>%1 címkét tartalmaz, de a(z) %2 %3 képet; a darabszámoknak egyezniük kell</translation>
    </message>
</context>
<context>
    <name>negvae::ImageDetailPanel</name>
    <message>
        <source>no model</source>
        <translation>nincs modell</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Kép</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Rekonstrukció</translation>
    </message>
    <message>
        <source>Interpolate:</source>
        <translation>Interpolálás:</translation>
    </message>
    <message>
        <source>&amp;from here</source>
        <translation>&amp;innen</translation>
    </message>
    <message>
        <source>&amp;to here</source>
        <translation>i&amp;de</translation>
    </message>
    <message>
        <source>First end of a latent interpolation: decoded along the line between posterior means</source>
        <translation>Egy látens interpoláció első vége: a poszterior várható értékeket összekötő szakasz mentén dekódolva</translation>
    </message>
    <message>
        <source>Image detail</source>
        <translation>Képrészletek</translation>
    </message>
    <message>
        <source>Click an image or a latent point</source>
        <translation>Kattintson egy képre vagy egy látens pontra</translation>
    </message>
    <message>
        <source>%1 #%2 (label %3)</source>
        <translation>%1 #%2 (címke: %3)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 %2   rank %3 of %4</source>
        <translation>%1 %2   helyezés: %3 / %4</translation>
    </message>
    <message>
        <source>Scores at epoch %1 (rank 1 = most anomalous in its set):</source>
        <translation>Pontszámok a(z) %1. epochnál (1. hely = a halmazában legaanomálisabb):</translation>
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
        <translation>a mappa nem létezik</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>nem mappa</translation>
    </message>
    <message>
        <source>folder is empty</source>
        <translation>a mappa üres</translation>
    </message>
    <message>
        <source>is %1×%2 pixels but the first image (%3) is %4×%5; choose a resize size to mix sizes</source>
        <translation>%1×%2 pixeles, de az első kép (%3) %4×%5; méretek keveréséhez válasszon átméretezést</translation>
    </message>
    <message>
        <source>has a channel count of %1 but the first image (%2) has %3; convert to grayscale or colour to mix them</source>
        <translation>%1 csatornás, de az első kép (%2) %3 csatornás; keveréshez alakítsa szürkeárnyalatossá vagy színessé</translation>
    </message>
    <message>
        <source>resize size %1×%2 must be positive</source>
        <translation>a(z) %1×%2 átméretezésnek pozitívnak kell lennie</translation>
    </message>
    <message>
        <source>contains no PNG, JPEG or BMP images</source>
        <translation>nincs benne PNG-, JPEG- vagy BMP-kép</translation>
    </message>
    <message>
        <source>Reading images from %1</source>
        <translation>Képek olvasása innen: %1</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>nem nyitható meg: %1</translation>
    </message>
    <message>
        <source>file is empty, not an image</source>
        <translation>a fájl üres, nem kép</translation>
    </message>
    <message>
        <source>cannot be decoded as an image: %1</source>
        <translation>nem dekódolható képként: %1</translation>
    </message>
    <message>
        <source>cannot be decoded as a PNG, JPEG or BMP image</source>
        <translation>nem dekódolható PNG-, JPEG- vagy BMP-képként</translation>
    </message>
    <message>
        <source>has an unsupported pixel depth (OpenCV depth %1); 8- and 16-bit images are supported</source>
        <translation>nem támogatott pixelmélység (OpenCV-mélység: %1); a 8 és 16 bites képek támogatottak</translation>
    </message>
    <message>
        <source>has %1 channels; 1 to 4 are supported</source>
        <translation>%1 csatornás; 1–4 csatorna támogatott</translation>
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
        <translation>Képrács exportálása</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-kép (*.png)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Kicsinyítés (Ctrl+görgő)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Nagyítás (Ctrl+görgő)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Illesztés</translation>
    </message>
    <message>
        <source>The largest whole-pixel zoom that shows the entire grid</source>
        <translation>A legnagyobb egész pixeles nagyítás, amelynél az egész rács látszik</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportálása…</translation>
    </message>
    <message>
        <source>Save the grid at its original resolution</source>
        <translation>A rács mentése eredeti felbontásban</translation>
    </message>
    <message>
        <source>image grid &quot;%1&quot;</source>
        <translation>„%1” képrács</translation>
    </message>
</context>
<context>
    <name>negvae::LatentScatterPlot</name>
    <message>
        <source>&amp;Axes:</source>
        <translation>T&amp;engelyek:</translation>
    </message>
    <message>
        <source>PCA (PC1, PC2)</source>
        <translation>PCA (PC1, PC2)</translation>
    </message>
    <message>
        <source>latent coordinates</source>
        <translation>látens koordináták</translation>
    </message>
    <message>
        <source>PCA shows the two directions in which the points spread most; latent coordinates show two chosen dimensions of z as they are</source>
        <translation>A PCA azt a két irányt mutatja, amerre a pontok a legjobban szóródnak; a látens koordináták z két kiválasztott dimenzióját mutatják változatlanul</translation>
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
        <translation>Látens koordináta a vízszintes tengelyen</translation>
    </message>
    <message>
        <source>Latent coordinate on the vertical axis</source>
        <translation>Látens koordináta a függőleges tengelyen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Illesztés</translation>
    </message>
    <message>
        <source>Show all points and centres again</source>
        <translation>Minden pont és középpont ismételt megjelenítése</translation>
    </message>
    <message>
        <source>Click a point to see its image; drag to pan, wheel to zoom</source>
        <translation>Kattintson egy pontra a képe megtekintéséhez; húzással mozgat, görgővel nagyít</translation>
    </message>
    <message>
        <source>prior N(0, I) centre</source>
        <translation>az N(0, I) prior középpontja</translation>
    </message>
    <message>
        <source>negative prior centre</source>
        <translation>a negatív prior középpontja</translation>
    </message>
    <message>
        <source>%1 (%2, %3; %4 not finite)</source>
        <translation>%1 (%2, %3; %4 nem véges)</translation>
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
        <translation>Napló</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>figyelmeztetés: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>hiba: </translation>
    </message>
</context>
<context>
    <name>negvae::LossPlot</name>
    <message>
        <source>&amp;Smoothing</source>
        <translation>Si&amp;mítás</translation>
    </message>
    <message>
        <source>Exponential moving average weight a: s = a·s + (1 − a)·x. 0 draws the raw losses only.</source>
        <translation>Az exponenciális mozgóátlag a súlya: s = a·s + (1 − a)·x. A 0 csak a nyers veszteségeket rajzolja.</translation>
    </message>
    <message>
        <source>&amp;Log y</source>
        <translation>&amp;Log. y</translation>
    </message>
    <message>
        <source>Logarithmic loss axis (non-positive values are not shown)</source>
        <translation>Logaritmikus veszteségtengely (a nem pozitív értékek nem látszanak)</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to follow the data again</source>
        <translation>Húzással mozgat, görgővel nagyít, dupla kattintásra újra követi az adatokat</translation>
    </message>
    <message>
        <source>step</source>
        <translation>lépés</translation>
    </message>
    <message>
        <source>loss (nats per image)</source>
        <translation>veszteség (nat képenként)</translation>
    </message>
</context>
<context>
    <name>negvae::MainWindow</name>
    <message>
        <source>negvae — negative sampling in VAEs</source>
        <translation>negvae — negatív mintavételezés VAE-kben</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Áttekintés</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Minták</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Felfedezés</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Futtatások</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Kísérlet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>A tanítás fut</translation>
    </message>
    <message>
        <source>Stop the run and close? The run keeps a checkpoint and can be resumed later (File ▸ Resume run).</source>
        <translation>Leállítja a futtatást és bezárja az ablakot? A futtatás megőriz egy ellenőrzőpontot, és később folytatható (Fájl ▸ Futtatás folytatása).</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>A tanítás divergált</translation>
    </message>
    <message>
        <source>%1

Resume from the last checkpoint with the learning rate lowered from %2 to %3? config.json and history.txt will record the change.</source>
        <translation>%1

Folytatja a legutóbbi ellenőrzőponttól, a tanulási rátát %2 értékről %3 értékre csökkentve? A config.json és a history.txt rögzíti a változást.</translation>
    </message>
    <message>
        <source>negvae %1 ready; new runs go to %2</source>
        <translation>negvae %1 kész; az új futtatások helye: %2</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Indítás</translation>
    </message>
    <message>
        <source>Train the experiment in a new run folder</source>
        <translation>A kísérlet tanítása egy új futtatási mappában</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Szünet</translation>
    </message>
    <message>
        <source>Pause after the current batch; press again to resume</source>
        <translation>Szünet az aktuális batch után; újabb megnyomásra folytatódik</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Leállítás</translation>
    </message>
    <message>
        <source>Stop after the current batch and save a checkpoint</source>
        <translation>Leállítás az aktuális batch után, ellenőrzőpont mentésével</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tanítás</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>Kísérlet &amp;megnyitása…</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Kísérlet megnyitása</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>Kísérletek (*.json)</translation>
    </message>
    <message>
        <source>&amp;Save experiment as…</source>
        <translation>Kísérlet mentése má&amp;sként…</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Kísérlet mentése</translation>
    </message>
    <message>
        <source>Recent e&amp;xperiments</source>
        <translation>Legutóbbi kísérl&amp;etek</translation>
    </message>
    <message>
        <source>Open &amp;run…</source>
        <translation>&amp;Futtatás megnyitása…</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Futtatási mappa megnyitása</translation>
    </message>
    <message>
        <source>Res&amp;ume run…</source>
        <translation>Futtatás f&amp;olytatása…</translation>
    </message>
    <message>
        <source>Resume run folder</source>
        <translation>Folytatandó futtatási mappa</translation>
    </message>
    <message>
        <source>Recent r&amp;uns</source>
        <translation>Legutóbbi f&amp;uttatások</translation>
    </message>
    <message>
        <source>Compare runs in &amp;folder…</source>
        <translation>Mappa futtatásainak össze&amp;hasonlítása…</translation>
    </message>
    <message>
        <source>Folder of runs (e.g. a sweep)</source>
        <translation>Futtatásokat tartalmazó mappa (pl. egy sweepé)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Tanítás</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <source>&amp;About negvae</source>
        <translation>A negvae &amp;névjegye</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Nyelv</translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded.</source>
        <translation>A(z) %1 fordítás nem tölthető be.</translation>
    </message>
    <message>
        <source>resuming %1 from its last checkpoint at learning rate %2</source>
        <translation>%1 folytatása a legutóbbi ellenőrzőponttól, %2 tanulási rátával</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>szüneteltetve</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>folytatva</translation>
    </message>
    <message>
        <source>Paused at step %1</source>
        <translation>Szünetel a(z) %1. lépésnél</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Tanítás…</translation>
    </message>
    <message>
        <source>cannot start: %1</source>
        <translation>nem indítható: %1</translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>Adatok betöltése…</translation>
    </message>
    <message>
        <source>starting %1 in %2</source>
        <translation>%1 indítása itt: %2</translation>
    </message>
    <message>
        <source>could not show the run&apos;s history: %1</source>
        <translation>a futtatás előzményei nem jeleníthetők meg: %1</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Leállítás az aktuális batch után…</translation>
    </message>
    <message>
        <source>stop the current run before opening another</source>
        <translation>másik megnyitása előtt állítsa le a futó tanítást</translation>
    </message>
    <message>
        <source>cannot open run %1: %2</source>
        <translation>a(z) %1 futtatás nem nyitható meg: %2</translation>
    </message>
    <message>
        <source>Cannot open run</source>
        <translation>A futtatás nem nyitható meg</translation>
    </message>
    <message>
        <source>Showing run %1</source>
        <translation>Megjelenített futtatás: %1</translation>
    </message>
    <message>
        <source>opened run %1 (%2 evaluations)</source>
        <translation>futtatás megnyitva: %1 (%2 kiértékelés)</translation>
    </message>
    <message>
        <source>Cannot open experiment</source>
        <translation>A kísérlet nem nyitható meg</translation>
    </message>
    <message>
        <source>opened experiment %1</source>
        <translation>kísérlet megnyitva: %1</translation>
    </message>
    <message>
        <source>Cannot save experiment</source>
        <translation>A kísérlet nem menthető</translation>
    </message>
    <message>
        <source>saved experiment %1</source>
        <translation>kísérlet mentve: %1</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Nem indítható: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Folytatás</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · step %3/%4 · %5 images/s · elapsed %6 · ETA %7</source>
        <translation>%1/%2. epoch · %3/%4. lépés · %5 kép/s · eltelt: %6 · hátralévő: %7</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>evaluation after epoch %1: AUROC (OOD positive) %2</source>
        <translation>kiértékelés a(z) %1. epoch után: AUROC (OOD pozitív) %2</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Kész: %1</translation>
    </message>
    <message>
        <source>Stopped; checkpoint saved in %1</source>
        <translation>Leállítva; ellenőrzőpont mentve ide: %1</translation>
    </message>
    <message>
        <source>run finished: %1</source>
        <translation>a futtatás befejeződött: %1</translation>
    </message>
    <message>
        <source>run stopped; resume it with File ▸ Resume run (%1)</source>
        <translation>a futtatás leállt; a Fájl ▸ Futtatás folytatása menüponttal folytatható (%1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Sikertelen: %1</translation>
    </message>
    <message>
        <source>Resume cancelled</source>
        <translation>Folytatás megszakítva</translation>
    </message>
    <message>
        <source>resume of %1 cancelled before training started</source>
        <translation>%1 folytatása megszakítva a tanítás kezdete előtt</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Nem sikerült megnyitni: %1</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>%1 futás beolvasása…</translation>
    </message>
    <message>
        <source>Reading the run… %1</source>
        <translation>A futás beolvasása… %1</translation>
    </message>
</context>
<context>
    <name>negvae::OodMetrics</name>
    <message>
        <source>AUROC: OOD images are the positive class; higher score = more anomalous; ties count 1/2; 0.5 = chance, 1 = every OOD image scores above every inlier, below 0.5 means the model prefers the OOD images.</source>
        <translation>AUROC: az OOD képek a pozitív osztály; magasabb pontszám = anomálisabb; a holtversenyek 1/2-del számítanak; 0,5 = véletlen, 1 = minden OOD kép pontszáma minden inlierénél magasabb, 0,5 alatt a modell az OOD képeket részesíti előnyben.</translation>
    </message>
    <message>
        <source>AUPR-in: inliers are the positive class, ranked by negated score (lower score = more typical); average precision, tied scores form one threshold; chance = the inliers&apos; share of all images, 1 = perfect.</source>
        <translation>AUPR-in: az inlierek a pozitív osztály, a negált pontszám szerint rangsorolva (alacsonyabb pontszám = tipikusabb); átlagos precizitás, az egyenlő pontszámok egy küszöböt alkotnak; véletlen = az inlierek aránya az összes képen belül, 1 = tökéletes.</translation>
    </message>
    <message>
        <source>AUPR-out: OOD images are the positive class; higher score = more anomalous; average precision, tied scores form one threshold; chance = the OOD images&apos; share of all images, 1 = perfect.</source>
        <translation>AUPR-out: az OOD képek a pozitív osztály; magasabb pontszám = anomálisabb; átlagos precizitás, az egyenlő pontszámok egy küszöböt alkotnak; véletlen = az OOD képek aránya az összes képen belül, 1 = tökéletes.</translation>
    </message>
    <message>
        <source>FPR@95%TPR: OOD images are the positive class, an image is flagged when its score &gt;= t (higher = more anomalous); t is the highest threshold that flags at least 95% of the OOD images; the value is the fraction of inliers flagged at t (ties flagged); lower is better, 0 = perfect.</source>
        <translation>FPR@95%TPR: az OOD képek a pozitív osztály, egy kép jelölt, ha pontszáma &gt;= t (magasabb = anomálisabb); t a legmagasabb küszöb, amely az OOD képek legalább 95%-át jelöli; az érték a t-nél jelölt inlierek aránya (a holtversenyek jelöltek); az alacsonyabb a jobb, 0 = tökéletes.</translation>
    </message>
</context>
<context>
    <name>negvae::PlotPanel</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-kép (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokumentum (*.pdf)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-kép (*.svg)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV-adatok (*.csv)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Ábra exportálása</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportálás…</translation>
    </message>
    <message>
        <source>Save this plot as an image or its data as CSV</source>
        <translation>Az ábra mentése képként, vagy adatainak mentése CSV-ként</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-kép…</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>PDF-dokumentum…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG-kép…</translation>
    </message>
    <message>
        <source>CSV data…</source>
        <translation>CSV-adatok…</translation>
    </message>
    <message>
        <source>plot &quot;%1&quot;</source>
        <translation>„%1” grafikon</translation>
    </message>
</context>
<context>
    <name>negvae::RocPlot</name>
    <message>
        <source>false positive rate (inliers flagged)</source>
        <translation>álpozitív arány (jelölt inlierek)</translation>
    </message>
    <message>
        <source>true positive rate (OOD flagged)</source>
        <translation>valódi pozitív arány (jelölt OOD)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>pontszám</translation>
    </message>
    <message>
        <source>ROC of each OOD set against the inliers: OOD images are the positive class, an image is flagged when its score is at or above the threshold (higher = more anomalous). AUROC counts ties as ½; 0.5 = chance.</source>
        <translation>Minden OOD halmaz ROC-görbéje az inlierekkel szemben: az OOD képek a pozitív osztály, egy kép jelölt, ha pontszáma a küszöbön vagy fölötte van (magasabb = anomálisabb). Az AUROC a holtversenyeket ½-del számolja; 0,5 = véletlen.</translation>
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
magasabb = anomálisabb
OOD = pozitív osztály</translation>
    </message>
</context>
<context>
    <name>negvae::RunDashboard</name>
    <message>
        <source>total</source>
        <translation>összes</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>rekonstrukció</translation>
    </message>
    <message>
        <source>KL to prior</source>
        <translation>KL a priorhoz</translation>
    </message>
    <message>
        <source>KL of negatives to negative prior</source>
        <translation>a negatívok KL-je a negatív priorhoz</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>generátor</translation>
    </message>
    <message>
        <source>no evaluation yet</source>
        <translation>még nincs kiértékelés</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Kiértékelés:</translation>
    </message>
    <message>
        <source>BPD (bits per dimension)</source>
        <translation>BPD (bit dimenziónként)</translation>
    </message>
    <message>
        <source>KL to the prior (nats)</source>
        <translation>KL a priorhoz (nat)</translation>
    </message>
    <message>
        <source>Reconstruction (nats)</source>
        <translation>Rekonstrukció (nat)</translation>
    </message>
    <message>
        <source>Scrub back through every evaluation of the run.</source>
        <translation>Visszalapozás a futtatás összes kiértékelésén.</translation>
    </message>
    <message>
        <source>KL(q(z|x) ‖ p(z)) (nats)</source>
        <translation>KL(q(z|x) ‖ p(z)) (nat)</translation>
    </message>
    <message>
        <source>reconstruction −log p(x|z) (nats)</source>
        <translation>rekonstrukció −log p(x|z) (nat)</translation>
    </message>
    <message>
        <source>epoch %1 (%2 of %3)</source>
        <translation>%1. epoch (%2/%3)</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Pontszám:</translation>
    </message>
    <message>
        <source>The per-image score shown in the histogram and ROC curves; higher = more anomalous. Lists every score the run holds: BPD, KL and REC always, BPD-IW, complexity, likelihood ratio and regret where the run&apos;s config turned them on.</source>
        <translation>A hisztogramon és a ROC-görbéken mutatott képenkénti pontszám; nagyobb = anomálisabb. A futás minden pontszámát felsorolja: BPD, KL és REC mindig, BPD-IW, komplexitás, likelihood-hányados és regret, ahol a futás konfigurációja bekapcsolta őket.</translation>
    </message>
    <message>
        <source>BPD-IW, importance-weighted bound (bits per dimension)</source>
        <translation>BPD-IW, fontossággal súlyozott korlát (bit/dimenzió)</translation>
    </message>
    <message>
        <source>BPD − compressed length (bits per dimension)</source>
        <translation>BPD − tömörített hossz (bit/dimenzió)</translation>
    </message>
    <message>
        <source>BPD − background model&apos;s BPD (bits per dimension)</source>
        <translation>BPD − a háttérmodell BPD-je (bit/dimenzió)</translation>
    </message>
    <message>
        <source>likelihood regret (bits per dimension)</source>
        <translation>likelihood-regret (bit/dimenzió)</translation>
    </message>
    <message>
        <source>BPD-IW, importance-weighted (bits/dim)</source>
        <translation>BPD-IW, súlyozott (bit/dim.)</translation>
    </message>
    <message>
        <source>Complexity-corrected BPD (bits/dim)</source>
        <translation>Komplexitással korrigált BPD (bit/dim.)</translation>
    </message>
    <message>
        <source>Likelihood ratio to background (bits/dim)</source>
        <translation>Likelihood-hányados a háttérhez (bit/dim.)</translation>
    </message>
    <message>
        <source>Likelihood regret (bits/dim)</source>
        <translation>Likelihood-regret (bit/dim.)</translation>
    </message>
</context>
<context>
    <name>negvae::RunsView</name>
    <message>
        <source>Reading the runs in %1…</source>
        <translation>A futtatások beolvasása innen: %1…</translation>
    </message>
    <message>
        <source>No runs in %1.</source>
        <translation>Nincs futtatás itt: %1.</translation>
    </message>
    <message>
        <source>%1 runs (%2 finished), %3 in the table. %4</source>
        <translation>%1 futtatás (%2 befejezett), %3 a táblázatban. %4</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Kihagyva: %1</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>no run</source>
        <translation>nincs futtatás</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s); click to compare their curves:
</source>
        <translation>
            <numerusform>%n futtatás; kattintson a görbéik összehasonlításához:
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>befejezett</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>befejezetlen</translation>
    </message>
    <message>
        <source>cannot read the curves of %1: %2</source>
        <translation>a(z) %1 görbéi nem olvashatók: %2</translation>
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
        <translation>epoch</translation>
    </message>
    <message>
        <source>%1 (first OOD set)</source>
        <translation>%1 (első OOD halmaz)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>lépés</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>tanítási veszteség</translation>
    </message>
    <message>
        <source>Folder of runs</source>
        <translation>Futtatásokat tartalmazó mappa</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>A táblázat exportálása</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappa:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiválasztás…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Újratöltés</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrika:</translation>
    </message>
    <message>
        <source>Include unfinished runs</source>
        <translation>Befejezetlen futtatásokkal együtt</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Táblázat exportálása</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Futtatás</translation>
    </message>
    <message>
        <source>Negatives</source>
        <translation>Negatívok</translation>
    </message>
    <message>
        <source>Noise model</source>
        <translation>Zajmodell</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
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
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Tick runs to overlay their curves; double-click one to open it in the other views.</source>
        <translation>Pipálja be a futtatásokat a görbéik egymásra rajzolásához; dupla kattintással a többi nézetben nyílik meg.</translation>
    </message>
    <message>
        <source>Click a cell to compare the curves of the runs it averages.</source>
        <translation>Kattintson egy cellára az általa átlagolt futtatások görbéinek összehasonlításához.</translation>
    </message>
    <message>
        <source>The metric of the table and the upper plot; hover an entry for its convention.</source>
        <translation>A táblázat és a felső ábra metrikája; egy bejegyzés fölé víve az egeret látszik a konvenciója.</translation>
    </message>
    <message>
        <source>AUROC of the BPD score against the first OOD set at the run&apos;s latest evaluation.</source>
        <translation>A BPD pontszám AUROC-ja az első OOD halmazzal szemben, a futtatás legutóbbi kiértékelésénél.</translation>
    </message>
    <message>
        <source>AUROC of the KL score against the first OOD set at the run&apos;s latest evaluation.</source>
        <translation>A KL pontszám AUROC-ja az első OOD halmazzal szemben, a futtatás legutóbbi kiértékelésénél.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nem olvasható: %1: %2</translation>
    </message>
    <message>
        <source>runs table</source>
        <translation>futások táblázata</translation>
    </message>
</context>
<context>
    <name>negvae::SamplesView</name>
    <message>
        <source>the inputs from %1</source>
        <translation>bemenetek innen: %1</translation>
    </message>
    <message>
        <source>the reconstructions of %1</source>
        <translation>rekonstrukciók: %1</translation>
    </message>
    <message>
        <source>the generated images</source>
        <translation>a generált képek</translation>
    </message>
    <message>
        <source>the negatives</source>
        <translation>a negatívok</translation>
    </message>
    <message>
        <source>noisy inliers</source>
        <translation>zajos inlierek</translation>
    </message>
    <message>
        <source>uniform noise</source>
        <translation>egyenletes zaj</translation>
    </message>
    <message>
        <source>decoded from the prior</source>
        <translation>a priorból dekódolva</translation>
    </message>
    <message>
        <source>adversarial, from the generator</source>
        <translation>adverzariális, a generátorból</translation>
    </message>
    <message>
        <source>test set (inliers)</source>
        <translation>teszthalmaz (inlierek)</translation>
    </message>
    <message>
        <source>%1 (inliers)</source>
        <translation>%1 (inlierek)</translation>
    </message>
    <message>
        <source>OOD set %1</source>
        <translation>OOD halmaz: %1</translation>
    </message>
    <message>
        <source>%1 (OOD)</source>
        <translation>%1 (OOD)</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Bemenetek</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>Rekonstrukciók</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generált</translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>még nincsenek minták</translation>
    </message>
    <message>
        <source>Open or start a run to see its samples.</source>
        <translation>Nyisson meg vagy indítson egy futtatást a mintái megtekintéséhez.</translation>
    </message>
    <message>
        <source>This run saves no samples (training.sampleCount is 0).</source>
        <translation>Ez a futtatás nem ment mintákat (a training.sampleCount értéke 0).</translation>
    </message>
    <message>
        <source>No samples yet: the run saves them at every evaluation.</source>
        <translation>Még nincsenek minták: a futtatás minden kiértékelésnél menti őket.</translation>
    </message>
    <message>
        <source>epoch %1 (%2 of %3)</source>
        <translation>%1. epoch (%2/%3)</translation>
    </message>
    <message>
        <source>Inputs: %1</source>
        <translation>Bemenetek: %1</translation>
    </message>
    <message>
        <source>Reconstructions (decoded at the posterior mean)</source>
        <translation>Rekonstrukciók (a poszterior várható értékénél dekódolva)</translation>
    </message>
    <message>
        <source>Generated (decoded from the prior)</source>
        <translation>Generált (a priorból dekódolva)</translation>
    </message>
    <message>
        <source>Negatives</source>
        <translation>Negatívok</translation>
    </message>
    <message>
        <source>Negatives (%1)</source>
        <translation>Negatívok (%1)</translation>
    </message>
    <message>
        <source>Click an image to name it.</source>
        <translation>Kattintson egy képre a megnevezéséhez.</translation>
    </message>
    <message>
        <source>%1 — not saved at this evaluation</source>
        <translation>%1 — ennél a kiértékelésnél nincs mentve</translation>
    </message>
    <message>
        <source>image %1 of %2 · epoch %3</source>
        <translation>%1. kép – %2 · %3. epoch</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Kiértékelés:</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Halmaz:</translation>
    </message>
    <message>
        <source>Scrub back through every evaluation that saved samples.</source>
        <translation>Visszalapozás a mintákat mentő összes kiértékelésen.</translation>
    </message>
    <message>
        <source>The test set whose first images and their reconstructions are shown.</source>
        <translation>A teszthalmaz, amelynek első képei és azok rekonstrukciói látszanak.</translation>
    </message>
</context>
<context>
    <name>negvae::ScoreSeries</name>
    <message>
        <source>inlier</source>
        <translation>inlier</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negatív</translation>
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
        <translation>%1. hely a halmazában (1 = legaanomálisabb)</translation>
    </message>
    <message>
        <source>BPD %1, KL %2, REC %3</source>
        <translation>BPD %1, KL %2, REC %3</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 nem írható: %2</translation>
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
        <translation>Egész pixeles nagyítás: minden képpixel ennyi képernyőpixelből álló négyzet lesz</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportálás</translation>
    </message>
    <message>
        <source>Save these images at their original resolution, or their scores</source>
        <translation>A képek mentése eredeti felbontásban, vagy a pontszámaik mentése</translation>
    </message>
    <message>
        <source>Grid as PNG…</source>
        <translation>Rács PNG-ként…</translation>
    </message>
    <message>
        <source>Selected images to folder…</source>
        <translation>Kijelölt képek mappába…</translation>
    </message>
    <message>
        <source>One PNG per image and a scores.csv; all images when none is selected</source>
        <translation>Képenként egy PNG és egy scores.csv; az összes kép, ha nincs kijelölés</translation>
    </message>
    <message>
        <source>Scores as CSV…</source>
        <translation>Pontszámok CSV-ként…</translation>
    </message>
    <message>
        <source>Scores of the selected images; all images when none is selected</source>
        <translation>A kijelölt képek pontszámai; az összes képé, ha nincs kijelölés</translation>
    </message>
    <message>
        <source>Click a histogram bin, drag a score range or pick a top-k list</source>
        <translation>Kattintson egy hisztogramrekeszre, húzzon ki egy pontszámtartományt, vagy válasszon top-k listát</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 kép</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 kép</translation>
    </message>
    <message>
        <source>%1, %2 selected</source>
        <translation>%1, %2 kijelölve</translation>
    </message>
    <message>
        <source>No image in row %1 (the gallery has %2).</source>
        <translation>Nincs kép a(z) %1. sorban (a galériában %2 van).</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>A(z) %1 mappa nem hozható létre.</translation>
    </message>
    <message>
        <source>Export image grid</source>
        <translation>Képrács exportálása</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-kép (*.png)</translation>
    </message>
    <message>
        <source>Export images to folder</source>
        <translation>Képek exportálása mappába</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Pontszámok exportálása</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV-adatok (*.csv)</translation>
    </message>
    <message>
        <source>gallery images</source>
        <translation>galéria képei</translation>
    </message>
    <message>
        <source>gallery grid</source>
        <translation>galéria rácsa</translation>
    </message>
    <message>
        <source>gallery scores</source>
        <translation>galéria pontszámai</translation>
    </message>
</context>
<context>
    <name>negvae::SvhnMatReader</name>
    <message>
        <source>file does not exist</source>
        <translation>a fájl nem létezik</translation>
    </message>
    <message>
        <source>not a MAT file (or not readable)</source>
        <translation>nem MAT-fájl (vagy nem olvasható)</translation>
    </message>
    <message>
        <source>has no variable %1; SVHN files hold X (the images) and y (the labels)</source>
        <translation>nincs %1 változója; az SVHN-fájlok X-et (a képeket) és y-t (a címkéket) tartalmazzák</translation>
    </message>
    <message>
        <source>variable %1 cannot be read: %2</source>
        <translation>a(z) %1 változó nem olvasható: %2</translation>
    </message>
    <message>
        <source>X is %1, expected uint8</source>
        <translation>X típusa %1, várt: uint8</translation>
    </message>
    <message>
        <source>X has shape %1, expected 32×32×3×N (height × width × channels × images)</source>
        <translation>X alakja %1, várt: 32×32×3×N (magasság × szélesség × csatornák × képek)</translation>
    </message>
    <message>
        <source>X has shape %1 and holds no images</source>
        <translation>X alakja %1, és nem tartalmaz képet</translation>
    </message>
    <message>
        <source>y is %1, expected a numeric array</source>
        <translation>y típusa %1, várt: numerikus tömb</translation>
    </message>
    <message>
        <source>y has shape %1, expected N×1</source>
        <translation>y alakja %1, várt: N×1</translation>
    </message>
    <message>
        <source>X holds %1 images but y holds %2 labels; the counts must match</source>
        <translation>X %1 képet tartalmaz, y viszont %2 címkét; a darabszámoknak egyezniük kell</translation>
    </message>
    <message>
        <source>label y(%1) is %2, expected a whole number 1..10</source>
        <translation>a(z) y(%1) címke értéke %2, várt: 1..10 közötti egész szám</translation>
    </message>
</context>
<context>
    <name>negvae::SweepReport</name>
    <message>
        <source>%1 Scores per image, higher = more anomalous: BPD = -ELBO/(D ln 2), KL = KL(q(z|x) || p(z)), REC = -E log p(x|z). Cells: mean (sample standard deviation, n - 1) over the runs that differ only in their seed.</source>
        <translation>%1 Képenkénti pontszámok, magasabb = anomálisabb: BPD = -ELBO/(D ln 2), KL = KL(q(z|x) || p(z)), REC = -E log p(x|z). Cellák: átlag (mintabeli szórás, n - 1) azokon a futtatásokon, amelyek csak a seedjükben különböznek.</translation>
    </message>
</context>
<context>
    <name>negvae::TrainingWorker</name>
    <message>
        <source>Training diverged: %1</source>
        <translation>A tanítás divergált: %1</translation>
    </message>
    <message>
        <source>Invalid experiment: %1</source>
        <translation>Érvénytelen kísérlet: %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Sikertelen tanítás: %1</translation>
    </message>
</context>
</TS>
