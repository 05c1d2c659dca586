## Waarschuwingen bij het opslaan van vrije tekst (samenvattingen, notities).
## Het zijn waarschuwingen: opslaan blijft mogelijk.

sensitive-possible-bsn = Hier staat een nummer van 9 cijfers dat een BSN kan zijn. Een BSN hoort niet in het coachlogboek: van jongeren bewaren we alleen wat echt nodig is (AVG). Is het een BSN? Haal het dan weg. Opslaan lukt gewoon; dit is alleen een waarschuwing.
sensitive-special-category =
    '{ $word }' gaat mogelijk over { $category ->
        [health] { sensitive-category-health }
        [religion] { sensitive-category-religion }
        [criminal] { sensitive-category-criminal }
        [ethnicity] { sensitive-category-ethnicity }
        [sexuality] { sensitive-category-sexuality }
        [politics] { sensitive-category-politics }
       *[other] gevoelige gegevens
    }. Zulke gevoelige gegevens horen niet in het coachlogboek, zeker niet van minderjarigen (AVG). Schrijf liever op wat het betekent voor stage of werk, bijvoorbeeld "heeft extra begeleiding nodig". Opslaan lukt gewoon; dit is alleen een waarschuwing.

## Namen van de soorten gevoelige gegevens.

sensitive-category-health = gezondheid
sensitive-category-religion = geloof of levensovertuiging
sensitive-category-criminal = strafrechtelijke gegevens
sensitive-category-ethnicity = afkomst of etniciteit
sensitive-category-sexuality = seksuele geaardheid of genderidentiteit
sensitive-category-politics = politieke voorkeur of vakbondslidmaatschap
