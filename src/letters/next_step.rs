//! The one step after the legal warning, as a phrase that exists for the debtor's forum.
//!
//! The user chooses a step once, in the profile (`--next-step`). What that step is called,
//! and whether it exists at all, depends on the law of the debtor's forum, the kind of
//! debtor and the amount: England and Wales have no payment-order procedure and no "small
//! claims court" (it is a track of the County Court); Italy's decreto ingiuntivo goes to
//! the judge competent for the amount; a French public body cannot be sued by injonction
//! de payer; the German Amtsgericht has a value limit. So the phrase is chosen here, and a
//! choice that does not exist for the debtor is replaced and reported to the user.

use crate::domain::interest::Law;
use crate::domain::money::Currency;
use crate::domain::party::{ClientKind, Language, NextStep};

/// The step as printed, and a note for the user when the choice was replaced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// An infinitive phrase that follows "I will …" / "provvederò a …" / "werde ich …" /
    /// "j'entends …".
    pub phrase: &'static str,
    /// Set when the user's choice does not exist for this debtor: what was used instead.
    pub warning: Option<String>,
}

/// The forum-specific steps, each in en, it, de and fr.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phrase {
    CountyCourt,
    DecretoIngiuntivo,
    ItalianCourtAction,
    Mahnbescheid,
    GermanCourt,
    InjonctionDePayer,
    PetitesCreances,
    FrenchCourtAction,
    RefereProvision,
    EuropeanOrder,
    EuropeanSmallClaims,
    CompetentCourt,
    Agency,
    Lawyer,
}

fn words(p: Phrase, lang: Language) -> &'static str {
    use Language::{De, En, Fr, It};
    use Phrase::*;
    match (p, lang) {
        (CountyCourt, En) => {
            "issue a claim in the County Court (for example through Money Claim Online)"
        }
        (CountyCourt, It) => "avviare un'azione giudiziaria presso la County Court inglese",
        (CountyCourt, De) => "beim zuständigen County Court in England Klage erheben",
        (CountyCourt, Fr) => "engager une action devant la County Court anglaise",
        (DecretoIngiuntivo, En) => {
            "apply to the competent Italian judge for a payment order (decreto ingiuntivo)"
        }
        (DecretoIngiuntivo, It) => {
            "presentare ricorso per decreto ingiuntivo al giudice competente"
        }
        (DecretoIngiuntivo, De) => {
            "beim zuständigen italienischen Gericht einen Mahnbescheid (decreto ingiuntivo) beantragen"
        }
        (DecretoIngiuntivo, Fr) => {
            "demander au juge italien compétent une injonction de payer (decreto ingiuntivo)"
        }
        (ItalianCourtAction, En) => "take legal action in the Italian courts to recover the debt",
        (ItalianCourtAction, It) => "avviare le azioni giudiziarie per il recupero del credito",
        (ItalianCourtAction, De) => {
            "vor den italienischen Gerichten rechtliche Schritte zur Beitreibung einleiten"
        }
        (ItalianCourtAction, Fr) => {
            "engager une action judiciaire en Italie pour recouvrer la créance"
        }
        (Mahnbescheid, En) => "apply for a court payment order (Mahnbescheid) in Germany",
        (Mahnbescheid, It) => "chiedere in Germania un'ingiunzione di pagamento (Mahnbescheid)",
        (Mahnbescheid, De) => "einen gerichtlichen Mahnbescheid beantragen",
        (Mahnbescheid, Fr) => "demander en Allemagne une injonction de payer (Mahnbescheid)",
        (GermanCourt, En) => "bring a claim before the competent German court",
        (GermanCourt, It) => "agire davanti al giudice tedesco competente",
        (GermanCourt, De) => "beim zuständigen Gericht Klage erheben",
        (GermanCourt, Fr) => "saisir la juridiction allemande compétente",
        (InjonctionDePayer, En) => {
            "file an application for a payment order (injonction de payer) in France"
        }
        (InjonctionDePayer, It) => {
            "presentare in Francia un ricorso per ingiunzione di pagamento (injonction de payer)"
        }
        (InjonctionDePayer, De) => {
            "in Frankreich einen Zahlungsbefehl (injonction de payer) beantragen"
        }
        (InjonctionDePayer, Fr) => "déposer une requête en injonction de payer",
        (PetitesCreances, En) => {
            "start the simplified procedure for small debts (procédure simplifiée de recouvrement des petites créances) in France"
        }
        (PetitesCreances, It) => {
            "avviare in Francia la procedura semplificata per i piccoli crediti"
        }
        (PetitesCreances, De) => {
            "in Frankreich das vereinfachte Verfahren für Kleinforderungen einleiten"
        }
        (PetitesCreances, Fr) => {
            "mettre en œuvre la procédure simplifiée de recouvrement des petites créances"
        }
        (FrenchCourtAction, En) => "take legal action in France to recover the debt",
        (FrenchCourtAction, It) => {
            "avviare in Francia un'azione giudiziaria per il recupero del credito"
        }
        (FrenchCourtAction, De) => "in Frankreich gerichtliche Schritte zur Beitreibung einleiten",
        (FrenchCourtAction, Fr) => "engager une procédure judiciaire de recouvrement",
        (RefereProvision, En) => {
            "apply to the administrative court for an interim payment (référé-provision)"
        }
        (RefereProvision, It) => {
            "chiedere al tribunale amministrativo un provvedimento di pagamento provvisorio (référé-provision)"
        }
        (RefereProvision, De) => {
            "beim Verwaltungsgericht eine vorläufige Zahlung (référé-provision) beantragen"
        }
        (RefereProvision, Fr) => {
            "saisir le tribunal administratif d'une demande de référé-provision"
        }
        (EuropeanOrder, En) => "apply for a European Order for Payment",
        (EuropeanOrder, It) => "presentare domanda di ingiunzione di pagamento europea",
        (EuropeanOrder, De) => "einen Europäischen Zahlungsbefehl beantragen",
        (EuropeanOrder, Fr) => "demander une injonction de payer européenne",
        (EuropeanSmallClaims, En) => "bring a claim under the European Small Claims Procedure",
        (EuropeanSmallClaims, It) => {
            "agire con il procedimento europeo per le controversie di modesta entità"
        }
        (EuropeanSmallClaims, De) => {
            "das Europäische Verfahren für geringfügige Forderungen einleiten"
        }
        (EuropeanSmallClaims, Fr) => {
            "engager la procédure européenne de règlement des petits litiges"
        }
        (CompetentCourt, En) => "bring a claim before the competent court",
        (CompetentCourt, It) => "agire davanti al giudice competente",
        (CompetentCourt, De) => "beim zuständigen Gericht Klage erheben",
        (CompetentCourt, Fr) => "saisir la juridiction compétente",
        (Agency, En) => "pass the debt to a collection agency",
        (Agency, It) => "affidare il credito a una società di recupero crediti",
        (Agency, De) => "die Forderung einem Inkassounternehmen übergeben",
        (Agency, Fr) => "confier le recouvrement de la créance à une société de recouvrement",
        (Lawyer, En) => "instruct a lawyer to recover the debt",
        (Lawyer, It) => "affidare la pratica a un avvocato",
        (Lawyer, De) => "einen Rechtsanwalt mit der Durchsetzung der Forderung beauftragen",
        (Lawyer, Fr) => "confier le dossier à un avocat",
    }
}

/// The next step for a debtor: `amount` is the balance the letter claims.
pub fn next_step(
    choice: NextStep,
    law: Law,
    kind: ClientKind,
    amount_minor: i64,
    currency: Currency,
    lang: Language,
) -> Step {
    use NextStep::{CollectionAgency, Lawyer, PaymentOrder, SmallClaims};
    use Phrase::*;
    // EUR 5,000: the French petites créances limit and the European Small Claims limit.
    let small = currency == Currency::EUR && amount_minor <= 500_000;
    let (phrase, why): (Phrase, Option<&str>) = match (choice, law, kind) {
        (CollectionAgency, _, _) => (Agency, None),
        (Lawyer, _, _) => (Phrase::Lawyer, None),
        (_, Law::Fr, ClientKind::Public) => (
            RefereProvision,
            Some(
                "a French public body cannot be sued by injonction de payer or before the civil courts",
            ),
        ),
        (PaymentOrder, Law::Gb, _) => (
            CountyCourt,
            Some("England and Wales have no payment-order procedure"),
        ),
        (SmallClaims, Law::Gb, _) => (CountyCourt, None),
        (PaymentOrder, Law::It, _) => (DecretoIngiuntivo, None),
        (SmallClaims, Law::It, _) => (
            ItalianCourtAction,
            Some(
                "Italy has no small-claims court, and an ordinary action first needs assisted negotiation",
            ),
        ),
        (PaymentOrder, Law::De, _) => (Mahnbescheid, None),
        (SmallClaims, Law::De, _) => (GermanCourt, None),
        (PaymentOrder, Law::Fr, _) => (InjonctionDePayer, None),
        (SmallClaims, Law::Fr, _) if small => (PetitesCreances, None),
        (SmallClaims, Law::Fr, _) => (
            FrenchCourtAction,
            Some("the simplified small-debts procedure is for claims up to EUR 5,000"),
        ),
        (PaymentOrder, Law::Eu, _) => (EuropeanOrder, None),
        (SmallClaims, Law::Eu, _) if small => (EuropeanSmallClaims, None),
        (SmallClaims, Law::Eu, _) => (
            CompetentCourt,
            Some("the European Small Claims Procedure is for claims up to EUR 5,000"),
        ),
        (PaymentOrder, Law::None, _) => (
            CompetentCourt,
            Some("no payment-order procedure is known for this client's law"),
        ),
        (SmallClaims, Law::None, _) => (CompetentCourt, None),
    };
    let printed = words(phrase, lang);
    Step {
        phrase: printed,
        warning: why.map(|w| {
            format!(
                "your next step ({}) does not exist for this debtor: {w}; the letter says \"{printed}\" instead",
                choice.as_str().replace('_', " ")
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_exists_for_its_forum() {
        let s = next_step(
            NextStep::PaymentOrder,
            Law::Gb,
            ClientKind::Business,
            90_000,
            Currency::GBP,
            Language::En,
        );
        assert_eq!(
            s.phrase,
            "issue a claim in the County Court (for example through Money Claim Online)"
        );
        assert!(
            s.warning
                .as_deref()
                .is_some_and(|w| w.contains("no payment-order procedure"))
        );
        let s = next_step(
            NextStep::PaymentOrder,
            Law::It,
            ClientKind::Business,
            211_603,
            Currency::EUR,
            Language::It,
        );
        assert_eq!(
            s.phrase,
            "presentare ricorso per decreto ingiuntivo al giudice competente"
        );
        assert_eq!(s.warning, None);
        let s = next_step(
            NextStep::PaymentOrder,
            Law::Fr,
            ClientKind::Public,
            500_000,
            Currency::EUR,
            Language::Fr,
        );
        assert_eq!(
            s.phrase,
            "saisir le tribunal administratif d'une demande de référé-provision"
        );
        assert!(s.warning.is_some());
        let s = next_step(
            NextStep::SmallClaims,
            Law::De,
            ClientKind::Business,
            2_000_000,
            Currency::EUR,
            Language::De,
        );
        assert_eq!(s.phrase, "beim zuständigen Gericht Klage erheben");
        let s = next_step(
            NextStep::SmallClaims,
            Law::Fr,
            ClientKind::Business,
            480_000,
            Currency::EUR,
            Language::Fr,
        );
        assert_eq!(
            s.phrase,
            "mettre en œuvre la procédure simplifiée de recouvrement des petites créances"
        );
        let s = next_step(
            NextStep::SmallClaims,
            Law::Fr,
            ClientKind::Business,
            500_001,
            Currency::EUR,
            Language::Fr,
        );
        assert_eq!(s.phrase, "engager une procédure judiciaire de recouvrement");
        assert!(s.warning.is_some());
        let s = next_step(
            NextStep::Lawyer,
            Law::Gb,
            ClientKind::Consumer,
            1,
            Currency::GBP,
            Language::En,
        );
        assert_eq!(
            (s.phrase, s.warning),
            ("instruct a lawyer to recover the debt", None)
        );
    }
}
