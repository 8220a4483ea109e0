//! The columns an import understands and the header names that give them, in English,
//! Italian, German, French and Spanish, compared without case, accents or punctuation.
//! Split from `csv.rs`, which reads the rows.

/// The columns Overdue understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// Invoice number (required).
    Number,
    /// Client name (required).
    Client,
    /// Issue date (required).
    Issued,
    /// Due date (required).
    Due,
    /// Gross amount (required).
    Amount,
    /// Currency code.
    Currency,
    /// Amount already paid.
    Paid,
    /// Client email.
    Email,
    /// Client country.
    Country,
    /// Client kind.
    Kind,
    /// Description.
    Description,
    /// Payment terms.
    Terms,
}

impl Column {
    /// The name used in error messages.
    pub fn name(&self) -> &'static str {
        match self {
            Column::Number => "number",
            Column::Client => "client",
            Column::Issued => "issued",
            Column::Due => "due",
            Column::Amount => "amount",
            Column::Currency => "currency",
            Column::Paid => "paid",
            Column::Email => "email",
            Column::Country => "country",
            Column::Kind => "kind",
            Column::Description => "description",
            Column::Terms => "terms",
        }
    }

    pub(super) const REQUIRED: [Column; 5] = [
        Column::Number,
        Column::Client,
        Column::Issued,
        Column::Due,
        Column::Amount,
    ];

    /// The headers each column is known by, in English, Italian, German, French and
    /// Spanish, as spreadsheets and accounting programs write them (compared without case,
    /// accents or punctuation).
    fn aliases(&self) -> &'static [&'static str] {
        match self {
            Column::Number => &[
                "invoice",
                "invoice number",
                "invoice no",
                "number",
                "no",
                "invoice nr",
                "nr",
                "numero",
                "numero fattura",
                "fattura",
                "n fattura",
                "nr fattura",
                "n",
                "rechnungsnummer",
                "rechnung",
                "rechnungsnr",
                "re nr",
                "nummer",
                "numero de facture",
                "facture",
                "n facture",
                "no facture",
                "factura",
                "numero de factura",
                "n factura",
            ],
            Column::Client => &[
                "client",
                "customer",
                "client name",
                "customer name",
                "cliente",
                "ragione sociale",
                "kunde",
                "kundenname",
                "kunde name",
                "nom du client",
                "raison sociale",
                "nombre del cliente",
            ],
            Column::Issued => &[
                "issued",
                "date",
                "invoice date",
                "issue date",
                "data",
                "data fattura",
                "data emissione",
                "datum",
                "rechnungsdatum",
                "date de facture",
                "date d emission",
                "date de la facture",
                "fecha",
                "fecha factura",
                "fecha de emision",
                "fecha de factura",
            ],
            Column::Due => &[
                "due",
                "due date",
                "due on",
                "scadenza",
                "data scadenza",
                "data di scadenza",
                "fallig",
                "falligkeit",
                "fallig am",
                "falligkeitsdatum",
                "echeance",
                "date d echeance",
                "date echeance",
                "vencimiento",
                "fecha de vencimiento",
                "fecha vencimiento",
            ],
            Column::Amount => &[
                "amount",
                "total",
                "gross",
                "amount due",
                "total amount",
                "importo",
                "totale",
                "importo totale",
                "totale fattura",
                "betrag",
                "gesamt",
                "bruttobetrag",
                "summe",
                "gesamtbetrag",
                "montant",
                "montant ttc",
                "total ttc",
                "importe",
                "importe total",
            ],
            Column::Currency => &[
                "currency", "valuta", "wahrung", "devise", "moneda", "divisa",
            ],
            Column::Paid => &[
                "paid",
                "amount paid",
                "paid amount",
                "pagato",
                "incassato",
                "importo pagato",
                "bezahlt",
                "gezahlt",
                "paye",
                "regle",
                "montant paye",
                "pagado",
                "importe pagado",
            ],
            Column::Email => &[
                "email",
                "e mail",
                "client email",
                "customer email",
                "mail",
                "email cliente",
                "pec",
                "kunden email",
                "courriel",
                "correo",
                "correo electronico",
            ],
            Column::Country => &["country", "paese", "nazione", "land", "pays", "pais"],
            Column::Kind => &[
                "kind",
                "type",
                "client kind",
                "client type",
                "customer type",
                "tipo",
                "tipo cliente",
                "typ",
                "kundentyp",
                "type de client",
                "tipo de cliente",
            ],
            Column::Description => &[
                "description",
                "descrizione",
                "beschreibung",
                "leistung",
                "libelle",
                "descripcion",
                "concepto",
            ],
            Column::Terms => &[
                "terms",
                "payment terms",
                "termini di pagamento",
                "condizioni di pagamento",
                "zahlungsbedingungen",
                "conditions de paiement",
                "condiciones de pago",
            ],
        }
    }

    const ALL: [Column; 12] = [
        Column::Number,
        Column::Client,
        Column::Issued,
        Column::Due,
        Column::Amount,
        Column::Currency,
        Column::Paid,
        Column::Email,
        Column::Country,
        Column::Kind,
        Column::Description,
        Column::Terms,
    ];

    /// Which column a header names, if any.
    pub(super) fn from_header(header: &str) -> Option<Column> {
        let h = fold(header);
        Column::ALL
            .into_iter()
            .find(|c| c.aliases().contains(&h.as_str()))
    }
}

/// A header as compared: lower case, no accents, punctuation as spaces ("Échéance" →
/// "echeance", "N° Fattura" → "n fattura", "Fällig am" → "fallig am").
fn fold(header: &str) -> String {
    let plain: String = header
        .trim()
        .trim_matches('"')
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            '_' | '-' | '.' | '#' | '°' | 'º' | '\'' | '’' | '/' | '(' | ')' | ':' => ' ',
            c => c,
        })
        .collect();
    plain
        .replace('ß', "ss")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The headers accepted for the required columns, for the message that lists them.
pub(super) fn accepted_headers() -> String {
    Column::REQUIRED
        .iter()
        .map(|c| format!("{}: {}", c.name(), c.aliases().join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

impl Column {
    /// Every column whose text is kept as typed.
    pub(super) const ALL_TEXT: [Column; 6] = [
        Column::Number,
        Column::Client,
        Column::Email,
        Column::Country,
        Column::Description,
        Column::Terms,
    ];
}
