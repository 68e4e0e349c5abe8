"""Sentence templates for the synthetic reports' prose, per language and per part of a race story.

Slots: {W} winner, {S} second, {T} third, {F} fourth, {P} pole sitter, {X}/{Y} others in the field
(full names; the same letter with `s` is the surname), {Wnat} the winner's nation, {Wdem} its
demonym, {Xnat}/{Xdem} the same for X, {margin}, {lap}, {laps}, {track}, {race}, {car},
{series}, {event}, {season}, {city}, {next_city}, {D}/{Ds} the penalised driver, {penalty},
{reason}, {A}/{B} standings leaders with {a_pts}/{b_pts}.
"""

from __future__ import annotations

from typing import NamedTuple


class PenaltyPhrase(NamedTuple):
    """How a penalty is written, and what it means."""

    text: str
    seconds: float | None
    kind: str


PROSE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "lead": (
            "{W} has won the {race} at {event}, the latest stop of the {season} {series}.",
            "The {series} returned to {city} this weekend with a packed programme and a field "
            "that had been whittled down through months of online qualifying.",
            "{Wnat}'s {W} leaves {city} as the driver to beat after a weekend in which very "
            "little went to plan for the favourites.",
            "It was a weekend of firsts at {event}: a new venue for the {series}, a new format "
            "for the heats, and a first major win for {W}.",
            "With the championship tightening at the top, {event} was always going to be a "
            "tense affair, and it delivered from the first green flag to the last.",
        ),
        "setup": (
            "The format split the drivers into groups, with the top finishers of each heat "
            "progressing to the final and the rest heading into a last-chance repechage.",
            "Every driver used the same {car}, with fuel and tyre wear set to race levels, so "
            "strategy mattered as much as raw pace.",
            "A mandatory pit stop and two tyre compounds added a layer of strategy, and several "
            "drivers gambled on starting with the harder tyre.",
            "Track temperatures climbed through the afternoon, and the engineers warned that the "
            "softs would not last more than a handful of laps.",
            "The broadcast drew a record audience, with commentary in six languages and a live "
            "crowd packed into the hall beside the stage.",
            "Practice had suggested that the field was closer than ever, with the top twelve "
            "covered by less than half a second over a single lap.",
            "Qualifying took place the evening before, and the grid order held few surprises "
            "apart from a scrappy lap from one of the title contenders.",
            "Organisers had reduced the race distance to {laps} laps after feedback from the "
            "previous round, where tyre wear had made the closing stages processional.",
            "Points were awarded down to eighth place, with a bonus for the fastest lap, which "
            "kept the midfield battles alive until the flag.",
            "Many in the paddock expected a straight fight between two or three names, but the "
            "weekend would prove far less predictable.",
        ),
        "start": (
            "{P} took pole position ahead of {X}, but it was {Ws} who made the better start.",
            "From pole, {P} led the field away cleanly while {X} dropped two places in the "
            "first corner.",
            "{Ps} converted pole into an early lead, with {Xs} slotting into second at the end "
            "of the opening lap.",
            "The start was chaotic: {X} was tipped into a spin at the first chicane and {Y} "
            "had to take to the run-off to avoid him.",
            "It was an all-{Wdem} front row as {P} lined up alongside {W}.",
            "{X} of {Xnat} made the best getaway of all, climbing four places before the first "
            "braking zone.",
        ),
        "battle": (
            "By lap {lap}, {Xs} and {Ys} had broken clear of the chasing pack, trading fastest "
            "laps as they went.",
            "{X} was the first of the front runners to pit, emerging just 0.4s ahead of {Ys} "
            "after a lightning-fast stop.",
            "The middle stint was a slipstream battle, with {Xs}, {Ys} and {Ws} swapping places "
            "almost every lap down the long straight.",
            "A bold move around the outside of the hairpin on lap {lap} gave {Ws} the lead, and "
            "{Xs} never quite found a way back.",
            "{Ys} built a more than 20-second lead on an alternative strategy, but still had a "
            "stop to make.",
            "{X}, the {Xdem} driver, lost ground in traffic and dropped out of the points as the "
            "race entered its final third.",
            "Behind them, {X} and {Y} were locked in a duel for the final qualifying place that "
            "lasted until the last corner.",
            "With {lap} laps completed, the gap between the top three was under a second, and "
            "nobody in the hall was sitting down.",
            "{Xs} looked quick early on but faded on worn tyres, losing three places in as many "
            "laps.",
            "A safety car was never deployed, but yellow flags in the final sector cost several "
            "drivers precious tenths.",
        ),
        "penalty": (
            "{D} was handed {penalty} {reason}, which dropped him out of contention.",
            "The stewards gave {Ds} {penalty} {reason}.",
            "{Ds} picked up {penalty} {reason} on lap {lap}, undoing a strong opening stint.",
            "A late lunge earned {D} {penalty} {reason}.",
        ),
        "finish": (
            "{Wnat}'s {W} took the win by {margin} from {S}, with {T} completing the podium.",
            "{Ws} crossed the line first, {margin} clear of {Ss}, while {Ts} held on for third.",
            "In the end {W} won by {margin}, with {Ss} second and {Ts} third.",
            "{W} of {Wnat} took the chequered flag, pipping {Ss} by {margin}.",
            "{Ss} had to settle for second, just {margin} behind the winner, and {F} crossed "
            "the line fourth.",
            "The {Wdem} driver held on to win by {margin}, with {Ss} and {Ts} completing the "
            "top three.",
            "{T} completed the podium, ahead of {F} in fourth.",
        ),
        "outro": (
            "The {series} heads to {next_city} next month for the next round.",
            "All eyes now turn to {next_city}, where the next round takes place in four weeks.",
            "The season continues in {next_city}, with the title race wide open.",
            "Full replays of every race are available on the series' official channel.",
        ),
        "standings_prose": (
            "{A} now sits on {a_pts} points, with {B} on {b_pts}.",
            "That result leaves {A} top of the table with {a_pts} points, ahead of {B} on {b_pts}.",
        ),
    },
    "it": {
        "lead": (
            "{W} ha vinto la {race} di {event}, nuova tappa della {series} {season}.",
            "La {series} è tornata a {city} per un fine settimana ricco di sorprese.",
            "Il pilota di {Wnat} {W} lascia {city} come l'uomo da battere.",
        ),
        "setup": (
            "Il formato prevedeva gruppi separati, con i migliori di ogni batteria qualificati "
            "per la finale.",
            "Tutti i piloti guidavano la stessa {car}, con consumo di carburante e gomme "
            "impostati come in gara.",
            "Il pit stop obbligatorio e due mescole diverse hanno aggiunto un livello di "
            "strategia alla corsa.",
            "Le prove libere avevano mostrato un gruppo molto compatto, con i primi dodici "
            "racchiusi in meno di mezzo secondo.",
            "La distanza di gara era stata ridotta a {laps} giri dopo le lamentele della tappa "
            "precedente.",
            "I punti venivano assegnati fino all'ottavo posto, con un bonus per il giro più "
            "veloce.",
            "Le temperature della pista sono salite nel corso del pomeriggio e gli ingegneri "
            "temevano per la durata delle gomme morbide.",
            "La diretta ha registrato un pubblico record, con commento in sei lingue e la sala "
            "piena di tifosi.",
            "Le qualifiche si erano svolte la sera prima e la griglia non aveva riservato grandi "
            "sorprese.",
            "Molti nel paddock si aspettavano un duello a due, ma il fine settimana si è rivelato "
            "molto meno prevedibile.",
            "Il regolamento prevedeva l'uso di due mescole, e diversi piloti hanno scelto di "
            "partire con la gomma dura.",
            "Le simulazioni della vigilia indicavano una strategia a una sosta, ma il degrado ha "
            "cambiato i piani di molti.",
            "Il tracciato, rinnovato per questa stagione, presentava una nuova chicane alla fine "
            "del rettilineo principale.",
            "Gli organizzatori avevano introdotto un nuovo sistema di punteggio, con punti anche "
            "per il giro più veloce.",
        ),
        "start": (
            "{P} è partito dalla pole position davanti a {X}, ma è stato {Ws} a scattare meglio.",
            "Al via {X} ha perso due posizioni alla prima curva, mentre {Ps} allungava.",
            "La partenza è stata caotica: {X} è finito in testacoda alla prima chicane.",
        ),
        "battle": (
            "Al giro {lap} {Xs} e {Ys} avevano già staccato il gruppo, scambiandosi il giro "
            "più veloce.",
            "{X} è stato il primo a fermarsi ai box, rientrando appena 0,4 secondi davanti a {Ys}.",
            "Nella fase centrale la scia ha fatto la differenza, con {Xs}, {Ys} e {Ws} che si "
            "sono scambiati le posizioni quasi a ogni giro.",
            "Con un sorpasso all'esterno al giro {lap}, {Ws} si è preso la testa della corsa.",
            "Dietro di loro {X} e {Y} hanno lottato per l'ultimo posto utile fino all'ultima "
            "curva.",
            "{Xs} sembrava velocissimo nelle prime fasi, ma con le gomme usurate ha perso tre "
            "posizioni in pochi giri.",
            "Le bandiere gialle nell'ultimo settore sono costate decimi preziosi a diversi piloti.",
            "Il pilota di {Xnat} {X} ha perso terreno nel traffico ed è uscito dalla zona punti.",
            "Con {lap} giri completati, il distacco tra i primi tre era inferiore al secondo.",
            "{Ys} ha costruito un vantaggio di oltre 20 secondi con una strategia alternativa, ma "
            "doveva ancora fermarsi.",
        ),
        "penalty": (
            "{D} ha ricevuto {penalty} {reason}.",
            "I commissari hanno inflitto a {Ds} {penalty} {reason}.",
        ),
        "finish": (
            "{W} ha vinto con {margin} di vantaggio su {S}, mentre {T} ha completato il podio.",
            "{Ws} ha tagliato il traguardo per primo, {margin} davanti a {Ss}.",
            "Il pilota di {Wnat} ha resistito fino alla fine, con {Ss} secondo e {Ts} terzo.",
        ),
        "outro": (
            "La {series} si sposta ora a {next_city} per il prossimo appuntamento.",
            "Il campionato riprende il mese prossimo a {next_city}.",
        ),
        "standings_prose": ("{A} comanda ora la classifica con {a_pts} punti, davanti a {B}.",),
    },
    "pt": {
        "lead": (
            "{W} venceu a {race} em {event}, mais uma etapa da {series} {season}.",
            "A {series} voltou a {city} para um fim de semana cheio de surpresas.",
            "O piloto de {Wnat} {W} deixa {city} como o homem a ser batido.",
        ),
        "setup": (
            "O formato dividiu os pilotos em grupos, e os melhores de cada bateria avançaram "
            "para a final.",
            "Todos os pilotos usaram o mesmo {car}, com consumo de combustível e desgaste de "
            "pneus reais.",
            "A parada obrigatória e dois compostos de pneus acrescentaram uma camada de "
            "estratégia.",
            "Os treinos mostraram um grid muito equilibrado, com os doze primeiros separados "
            "por menos de meio segundo.",
            "A distância da corrida foi reduzida para {laps} voltas depois das críticas da "
            "etapa anterior.",
            "A temperatura da pista subiu ao longo da tarde, e os engenheiros temiam pelo "
            "desgaste dos pneus macios.",
            "A transmissão teve audiência recorde, com narração em seis idiomas e o público "
            "lotando o salão.",
            "A classificação aconteceu na noite anterior, e o grid não trouxe grandes surpresas.",
            "Muitos no paddock esperavam uma disputa entre dois ou três nomes, mas o fim de "
            "semana foi bem menos previsível.",
            "O regulamento exigia o uso de dois compostos, e vários pilotos arriscaram largar com "
            "o pneu duro.",
            "As simulações indicavam uma estratégia de uma parada, mas o desgaste mudou os planos "
            "de muitos.",
            "O traçado, renovado para esta temporada, ganhou uma nova chicane no fim da reta "
            "principal.",
            "Os pontos foram distribuídos até o oitavo lugar, com um bônus para a volta mais "
            "rápida.",
        ),
        "start": (
            "{P} largou na pole position à frente de {X}, mas foi {Ws} quem largou melhor.",
            "Na largada {X} perdeu duas posições na primeira curva.",
        ),
        "battle": (
            "Na volta {lap}, {Xs} e {Ys} já tinham aberto vantagem sobre o pelotão.",
            "{X} foi o primeiro a parar nos boxes e voltou apenas 0,4 segundo à frente de {Ys}.",
            "No meio da prova o vácuo fez a diferença, com {Xs}, {Ys} e {Ws} trocando de "
            "posição a cada volta.",
            "Atrás deles, {X} e {Y} brigaram pela última vaga até a última curva.",
            "{Xs} parecia muito rápido no início, mas perdeu três posições com os pneus gastos.",
            "As bandeiras amarelas no último setor custaram décimos preciosos a vários pilotos.",
            "O piloto de {Xnat} {X} perdeu terreno no tráfego e caiu para fora da zona de pontos.",
            "Com {lap} voltas completadas, a diferença entre os três primeiros era inferior a um "
            "segundo.",
            "{Ys} abriu mais de 20 segundos de vantagem com uma estratégia alternativa, mas ainda "
            "precisava parar.",
            "Uma ultrapassagem ousada por fora no hairpin da volta {lap} colocou {Ws} na "
            "liderança.",
        ),
        "penalty": (
            "{D} recebeu {penalty} {reason}.",
            "Os comissários aplicaram a {Ds} {penalty} {reason}.",
        ),
        "finish": (
            "{W} venceu com {margin} de vantagem sobre {S}, e {T} completou o pódio.",
            "{Ws} cruzou a linha em primeiro, {margin} à frente de {Ss}.",
        ),
        "outro": ("A {series} segue agora para {next_city}.",),
        "standings_prose": ("{A} lidera agora o campeonato com {a_pts} pontos, à frente de {B}.",),
    },
    "es": {
        "lead": (
            "{W} ha ganado la {race} de {event}, nueva cita de la {series} {season}.",
            "La {series} volvió a {city} para un fin de semana lleno de sorpresas.",
            "El piloto de {Wnat} {W} se marcha de {city} como el hombre a batir.",
        ),
        "setup": (
            "El formato dividió a los pilotos en grupos, y los mejores de cada manga pasaron "
            "a la final.",
            "Todos los pilotos usaron el mismo {car}, con consumo de combustible y desgaste "
            "de neumáticos reales.",
            "La parada obligatoria y dos compuestos añadieron una capa de estrategia a la carrera.",
            "Los entrenamientos mostraron una parrilla muy igualada, con los doce primeros en "
            "menos de medio segundo.",
            "La distancia se redujo a {laps} vueltas tras las quejas de la cita anterior.",
            "La temperatura de la pista subió durante la tarde y los ingenieros temían por la "
            "duración de los blandos.",
            "La retransmisión batió récords de audiencia, con comentarios en seis idiomas y el "
            "pabellón lleno.",
            "La clasificación se disputó la noche anterior y la parrilla no deparó grandes "
            "sorpresas.",
            "Muchos en el paddock esperaban un duelo entre dos o tres nombres, pero el fin de "
            "semana fue mucho menos previsible.",
            "El reglamento obligaba a usar dos compuestos, y varios pilotos se arriesgaron a "
            "salir con el neumático duro.",
            "Las simulaciones apuntaban a una estrategia de una parada, pero la degradación "
            "cambió los planes de muchos.",
            "El trazado, renovado para esta temporada, estrenaba una chicane al final de la recta "
            "principal.",
            "Se repartían puntos hasta el octavo puesto, con un extra para la vuelta rápida.",
        ),
        "start": (
            "{P} salió desde la pole por delante de {X}, pero fue {Ws} quien arrancó mejor.",
            "En la salida {X} perdió dos posiciones en la primera curva.",
        ),
        "battle": (
            "En la vuelta {lap}, {Xs} y {Ys} ya se habían escapado del grupo.",
            "{X} fue el primero en parar en boxes y salió apenas 0,4 segundos por delante de {Ys}.",
            "A mitad de carrera el rebufo marcó la diferencia, con {Xs}, {Ys} y {Ws} "
            "intercambiando posiciones cada vuelta.",
            "Detrás, {X} y {Y} pelearon por la última plaza hasta la última curva.",
            "{Xs} parecía muy rápido al principio, pero perdió tres posiciones con los neumáticos "
            "gastados.",
            "Las banderas amarillas en el último sector costaron décimas preciosas a varios "
            "pilotos.",
            "El piloto de {Xnat} {X} perdió terreno en el tráfico y cayó fuera de los puntos.",
            "Con {lap} vueltas completadas, la diferencia entre los tres primeros era inferior a "
            "un segundo.",
            "{Ys} abrió más de 20 segundos de ventaja con una estrategia alternativa, pero aún "
            "tenía que parar.",
            "Un adelantamiento por fuera en la horquilla de la vuelta {lap} dio el liderato a "
            "{Ws}.",
        ),
        "penalty": (
            "{D} recibió {penalty} {reason}.",
            "Los comisarios impusieron a {Ds} {penalty} {reason}.",
        ),
        "finish": (
            "{W} ganó con {margin} de ventaja sobre {S}, y {T} completó el podio.",
            "{Ws} cruzó la meta en primer lugar, {margin} por delante de {Ss}.",
        ),
        "outro": ("La {series} viaja ahora a {next_city}.",),
        "standings_prose": (
            "{A} lidera ahora el campeonato con {a_pts} puntos, por delante de {B}.",
        ),
    },
    "de": {
        "lead": (
            "{W} hat das {race} bei {event} gewonnen, der neuesten Station der {series} {season}.",
            "Die {series} kehrte an diesem Wochenende nach {city} zurück.",
            "Der Fahrer aus {Wnat}, {W}, verlässt {city} als der Mann, den es zu schlagen gilt.",
        ),
        "setup": (
            "Das Format teilte die Fahrer in Gruppen auf, die Besten jedes Laufs zogen ins "
            "Finale ein.",
            "Alle Fahrer fuhren denselben {car}, mit realem Spritverbrauch und Reifenverschleiß.",
            "Ein Pflichtboxenstopp und zwei Reifenmischungen sorgten für zusätzliche Strategie.",
            "Das Training hatte ein enges Feld gezeigt: Die ersten zwölf lagen innerhalb einer "
            "halben Sekunde.",
            "Die Renndistanz wurde nach Kritik an der letzten Station auf {laps} Runden verkürzt.",
            "Die Streckentemperatur stieg im Laufe des Nachmittags, und die Ingenieure fürchteten "
            "um die weichen Reifen.",
            "Die Übertragung erreichte ein Rekordpublikum, mit Kommentar in sechs Sprachen und "
            "voller Halle.",
            "Das Qualifying fand am Vorabend statt, die Startaufstellung hielt kaum "
            "Überraschungen bereit.",
            "Viele im Fahrerlager erwarteten ein Duell zwischen zwei oder drei Namen, doch das "
            "Wochenende verlief ganz anders.",
            "Das Reglement schrieb zwei Reifenmischungen vor, und mehrere Fahrer wagten den Start "
            "auf harten Reifen.",
            "Die Simulationen sprachen für eine Einstoppstrategie, doch der Verschleiß "
            "durchkreuzte viele Pläne.",
            "Die für diese Saison umgebaute Strecke bot eine neue Schikane am Ende der "
            "Start-Ziel-Geraden.",
            "Punkte gab es bis zum achten Platz, dazu einen Bonus für die schnellste Runde.",
        ),
        "start": (
            "{P} startete von der Pole vor {X}, doch {Ws} erwischte den besseren Start.",
            "Beim Start verlor {X} in der ersten Kurve zwei Plätze.",
        ),
        "battle": (
            "In Runde {lap} hatten sich {Xs} und {Ys} bereits vom Feld abgesetzt.",
            "{X} kam als Erster an die Box und kehrte nur 0,4 Sekunden vor {Ys} zurück.",
            "Im Mittelteil entschied der Windschatten, {Xs}, {Ys} und {Ws} tauschten fast jede "
            "Runde die Plätze.",
            "Dahinter kämpften {X} und {Y} bis zur letzten Kurve um den letzten Finalplatz.",
            "{Xs} wirkte anfangs sehr schnell, verlor auf abgefahrenen Reifen aber drei Plätze in "
            "wenigen Runden.",
            "Gelbe Flaggen im letzten Sektor kosteten mehrere Fahrer wertvolle Zehntel.",
            "Der Fahrer aus {Xnat}, {X}, verlor im Verkehr an Boden und fiel aus den Punkterängen.",
            "Nach {lap} Runden lagen die ersten drei innerhalb einer Sekunde.",
            "{Ys} baute mit einer alternativen Strategie mehr als 20 Sekunden Vorsprung auf, "
            "musste aber noch stoppen.",
            "Ein mutiges Manöver außen herum in der Haarnadel in Runde {lap} brachte {Ws} die "
            "Führung.",
        ),
        "penalty": (
            "{D} erhielt {penalty} {reason}.",
            "Die Rennkommissare verhängten gegen {Ds} {penalty} {reason}.",
        ),
        "finish": (
            "{W} gewann mit {margin} Vorsprung auf {S}, {T} komplettierte das Podium.",
            "{Ws} überquerte die Ziellinie als Erster, {margin} vor {Ss}.",
        ),
        "outro": ("Die {series} macht als Nächstes Station in {next_city}.",),
        "standings_prose": ("{A} führt die Wertung nun mit {a_pts} Punkten vor {B} an.",),
    },
    "fr": {
        "lead": (
            "{W} a remporté la {race} de {event}, nouvelle étape des {series} {season}.",
            "Les {series} étaient de retour à {city} ce week-end.",
            "Le pilote de {Wnat} {W} quitte {city} en homme à battre.",
        ),
        "setup": (
            "Le format répartissait les pilotes en groupes, les meilleurs de chaque manche "
            "accédant à la finale.",
            "Tous les pilotes disposaient de la même {car}, avec consommation et usure des "
            "pneus réalistes.",
            "Un arrêt obligatoire et deux gommes différentes ajoutaient une part de stratégie.",
            "Les essais avaient montré un plateau très serré, les douze premiers se tenant en "
            "moins d'une demi-seconde.",
            "La distance de course avait été ramenée à {laps} tours après les critiques de "
            "l'étape précédente.",
            "La température de la piste a grimpé au fil de l'après-midi, et les ingénieurs "
            "s'inquiétaient pour les pneus tendres.",
            "La retransmission a battu des records d'audience, avec des commentaires en six "
            "langues et une salle comble.",
            "Les qualifications s'étaient déroulées la veille, et la grille n'avait réservé que "
            "peu de surprises.",
            "Beaucoup dans le paddock attendaient un duel entre deux ou trois noms, mais le "
            "week-end a été bien moins prévisible.",
            "Le règlement imposait deux gommes, et plusieurs pilotes ont tenté de partir en pneus "
            "durs.",
            "Les simulations annonçaient une stratégie à un arrêt, mais l'usure a bouleversé bien "
            "des plans.",
            "Le tracé, remanié pour cette saison, comptait une nouvelle chicane au bout de la "
            "ligne droite principale.",
            "Des points étaient attribués jusqu'à la huitième place, avec un bonus pour le "
            "meilleur tour.",
        ),
        "start": (
            "{P} s'est élancé depuis la pole devant {X}, mais c'est {Ws} qui a pris le meilleur "
            "départ.",
            "Au départ, {X} a perdu deux places dans le premier virage.",
        ),
        "battle": (
            "Au tour {lap}, {Xs} et {Ys} s'étaient déjà échappés.",
            "{X} a été le premier à s'arrêter au stand et est ressorti 0,4 seconde devant {Ys}.",
            "En milieu de course, l'aspiration a fait la différence, {Xs}, {Ys} et {Ws} "
            "échangeant leurs positions à chaque tour.",
            "Derrière, {X} et {Y} se sont battus pour la dernière place qualificative jusqu'au "
            "dernier virage.",
            "{Xs} semblait très rapide en début de course, mais a perdu trois places avec des "
            "pneus usés.",
            "Des drapeaux jaunes dans le dernier secteur ont coûté de précieux dixièmes à "
            "plusieurs pilotes.",
            "Le pilote de {Xnat} {X} a perdu du terrain dans le trafic et est sorti des points.",
            "Après {lap} tours, les trois premiers se tenaient en moins d'une seconde.",
            "{Ys} a construit plus de 20 secondes d'avance avec une stratégie décalée, mais "
            "devait encore s'arrêter.",
            "Un dépassement audacieux par l'extérieur dans l'épingle au tour {lap} a donné la "
            "tête à {Ws}.",
        ),
        "penalty": (
            "{D} a reçu {penalty} {reason}.",
            "Les commissaires ont infligé à {Ds} {penalty} {reason}.",
        ),
        "finish": (
            "{W} s'est imposé avec {margin} d'avance sur {S}, {T} complétant le podium.",
            "{Ws} a franchi la ligne en tête, {margin} devant {Ss}.",
        ),
        "outro": ("Les {series} se rendent maintenant à {next_city}.",),
        "standings_prose": ("{A} mène désormais le championnat avec {a_pts} points devant {B}.",),
    },
}

PENALTIES: dict[str, tuple[PenaltyPhrase, ...]] = {
    "en": (
        PenaltyPhrase("a two-second penalty", 2.0, "time"),
        PenaltyPhrase("a 0.5s penalty", 0.5, "time"),
        PenaltyPhrase("a five-second time penalty", 5.0, "time"),
        PenaltyPhrase("a three-second penalty", 3.0, "time"),
        PenaltyPhrase("a slowdown penalty", None, "slowdown"),
        PenaltyPhrase("a drive-through", None, "drive-through"),
        PenaltyPhrase("a second track-limits penalty", None, "time"),
    ),
    "it": (
        PenaltyPhrase("una penalità di 2 secondi", 2.0, "time"),
        PenaltyPhrase("una penalità di 0,5 secondi", 0.5, "time"),
        PenaltyPhrase("un drive-through", None, "drive-through"),
    ),
    "pt": (
        PenaltyPhrase("uma penalidade de 2 segundos", 2.0, "time"),
        PenaltyPhrase("uma penalidade de 0,5 segundo", 0.5, "time"),
    ),
    "es": (
        PenaltyPhrase("una sanción de 2 segundos", 2.0, "time"),
        PenaltyPhrase("una sanción de 0,5 segundos", 0.5, "time"),
    ),
    "de": (
        PenaltyPhrase("eine Zeitstrafe von 2 Sekunden", 2.0, "time"),
        PenaltyPhrase("eine Durchfahrtsstrafe", None, "drive-through"),
    ),
    "fr": (
        PenaltyPhrase("une pénalité de 2 secondes", 2.0, "time"),
        PenaltyPhrase("une pénalité de 0,5 seconde", 0.5, "time"),
    ),
}

PENALTY_REASONS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("for contact", "contact"),
        ("for a track-limit transgression", "track limits"),
        ("for an unsafe rejoin", "unsafe rejoin"),
        ("for cutting the chicane", "track limits"),
    ),
    "it": (("per contatto", "contact"), ("per i limiti della pista", "track limits")),
    "pt": (("por contato", "contact"), ("por exceder os limites da pista", "track limits")),
    "es": (("por contacto", "contact"), ("por exceder los límites de pista", "track limits")),
    "de": (("wegen einer Kollision", "contact"), ("wegen Verlassens der Strecke", "track limits")),
    "fr": (("pour contact", "contact"), ("pour non-respect des limites de piste", "track limits")),
}

# what a report calls seconds in a margin: "by 0.03s", "0,03 secondi"
SECONDS_WORD = {
    "en": "s",
    "it": " secondi",
    "pt": " segundo",
    "es": " segundos",
    "de": " Sekunden",
    "fr": " seconde",
}
