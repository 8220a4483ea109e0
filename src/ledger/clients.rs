//! The business profile, the ladder policy and the clients.

use rusqlite::{OptionalExtension, Row, params};

use super::{LedgerError, Result, Tx, refuse_duplicate};
use crate::domain::ladder::{LadderPolicy, Stage};
use crate::domain::party::{BusinessProfile, Client, ClientId, NewClient};

const CLIENT_COLUMNS: &str = "id, name, kind, country, language, email, address, vat_id, notes, law, individual, salutation, contact";

fn client_from_row(r: &Row) -> rusqlite::Result<Client> {
    Ok(Client {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        country: r.get(3)?,
        language: r.get(4)?,
        email: r.get(5)?,
        address: r.get(6)?,
        vat_id: r.get(7)?,
        notes: r.get(8)?,
        law: r.get(9)?,
        individual: r.get(10)?,
        salutation: r.get(11)?,
        contact: r.get(12)?,
    })
}

impl Tx<'_> {
    /// The business profile, if it was set.
    pub fn profile(&self) -> Result<Option<BusinessProfile>> {
        let row = self
            .query_row(
                "SELECT name, address, country, vat_id, iban, email, phone, signatory, language, currency,
                        city, paper, next_step, bic, sort_code, account_number, sending
                 FROM profile WHERE id = 1",
                [],
                |r| {
                    Ok(BusinessProfile {
                        name: r.get(0)?,
                        address: r.get(1)?,
                        country: r.get(2)?,
                        vat_id: r.get(3)?,
                        iban: r.get(4)?,
                        email: r.get(5)?,
                        phone: r.get(6)?,
                        signatory: r.get(7)?,
                        language: r.get(8)?,
                        currency: r.get(9)?,
                        city: r.get(10)?,
                        paper: r.get(11)?,
                        next_step: r.get(12)?,
                        bic: r.get(13)?,
                        sort_code: r.get(14)?,
                        account_number: r.get(15)?,
                        sending: r.get(16)?,
                    })
                },
            )
            .optional()?;
        Ok(row)
    }

    /// Stores the business profile (replacing the previous one).
    pub fn set_profile(&self, p: &BusinessProfile) -> Result<()> {
        self.execute(
            "INSERT INTO profile (id, name, address, country, vat_id, iban, email, phone, signatory, language,
                 currency, city, paper, next_step, bic, sort_code, account_number, sending)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
             ON CONFLICT(id) DO UPDATE SET name = ?1, address = ?2, country = ?3, vat_id = ?4, iban = ?5,
                 email = ?6, phone = ?7, signatory = ?8, language = ?9, currency = ?10, city = ?11,
                 paper = ?12, next_step = ?13, bic = ?14, sort_code = ?15, account_number = ?16,
                 sending = ?17",
            params![
                p.name, p.address, p.country, p.vat_id, p.iban, p.email, p.phone, p.signatory,
                p.language, p.currency, p.city, p.paper, p.next_step, p.bic, p.sort_code,
                p.account_number, p.sending
            ],
        )?;
        Ok(())
    }

    /// The logo printed on letters (PNG or JPEG bytes), if one was set.
    pub fn logo(&self) -> Result<Option<Vec<u8>>> {
        Ok(self
            .query_row("SELECT logo FROM profile WHERE id = 1", [], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// Sets or removes the logo; the profile must exist.
    pub fn set_logo(&self, logo: Option<&[u8]>) -> Result<()> {
        let changed = self.execute("UPDATE profile SET logo = ?1 WHERE id = 1", [logo])?;
        if changed == 0 {
            return Err(LedgerError::NotFound(crate::t!("err-ledger-no-profile")));
        }
        Ok(())
    }

    /// Whether this is a demo ledger (made by `demo::fill`): its letters are marked DEMO.
    pub fn is_demo(&self) -> Result<bool> {
        Ok(self.setting("demo")?.as_deref() == Some("1"))
    }

    /// Marks this ledger as a demo ledger.
    pub fn mark_demo(&self) -> Result<()> {
        self.set_setting("demo", "1")
    }

    /// The window's language chosen in Settings, if one was (else the system's).
    pub fn ui_language(&self) -> Result<Option<crate::domain::party::Language>> {
        Ok(self.setting("ui_language")?.and_then(|v| v.parse().ok()))
    }

    /// Keeps the window's language.
    pub fn set_ui_language(&self, lang: crate::domain::party::Language) -> Result<()> {
        self.set_setting("ui_language", lang.as_str())
    }

    pub(super) fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub(super) fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = ?2",
            params![key, value],
        )?;
        Ok(())
    }

    fn int_setting(&self, key: &str, default: i64) -> Result<i64> {
        match self.setting(key)? {
            None => Ok(default),
            Some(v) => v.parse().map_err(|_| {
                LedgerError::Invalid(crate::t!(
                    "err-ledger-setting-not-number",
                    key = key.to_string(),
                    value = v.clone()
                ))
            }),
        }
    }

    /// The ladder policy.
    pub fn policy(&self) -> Result<LadderPolicy> {
        let mut policy = LadderPolicy::default();
        let mut stmt =
            self.prepare_cached("SELECT stage, earliest_days, deadline_days FROM policy_stages")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, Stage>(0)?, r.get(1)?, r.get(2)?)))?;
        for row in rows {
            let (stage, earliest, deadline) = row?;
            policy.rules[stage.index()].earliest_days = earliest;
            policy.rules[stage.index()].deadline_days = deadline;
        }
        policy.consumer_legal_warning_deadline_days = self.int_setting(
            "consumer_legal_warning_deadline_days",
            policy.consumer_legal_warning_deadline_days,
        )?;
        policy.min_balance_minor =
            self.int_setting("min_balance_minor", policy.min_balance_minor)?;
        if let Some(v) = self.setting("claim_from")? {
            policy.claim_from = v.parse().map_err(|_| {
                LedgerError::Invalid(crate::t!("err-ledger-setting-not-stage", value = v.clone()))
            })?;
        }
        Ok(policy)
    }

    /// Stores a validated ladder policy.
    pub fn set_policy(&self, policy: &LadderPolicy) -> Result<()> {
        policy.validate().map_err(|e| LedgerError::Invalid(e.0))?;
        for stage in Stage::ALL {
            let rule = policy.rule(*stage);
            self.execute(
                "INSERT INTO policy_stages (stage, position, earliest_days, deadline_days) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(stage) DO UPDATE SET earliest_days = ?3, deadline_days = ?4",
                params![stage, stage.index() as i64, rule.earliest_days, rule.deadline_days],
            )?;
        }
        self.set_setting(
            "consumer_legal_warning_deadline_days",
            &policy.consumer_legal_warning_deadline_days.to_string(),
        )?;
        self.set_setting("min_balance_minor", &policy.min_balance_minor.to_string())?;
        self.set_setting("claim_from", policy.claim_from.as_str())
    }

    /// Adds a client; refuses a name already taken.
    pub fn insert_client(&self, c: &NewClient) -> Result<ClientId> {
        let mut stmt = self.prepare_cached(
            "INSERT INTO clients (name, kind, country, language, email, address, vat_id, notes, law,
                 individual, salutation, contact)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        stmt.execute(params![
            c.name,
            c.kind,
            c.country,
            c.language,
            c.email,
            c.address,
            c.vat_id,
            c.notes,
            c.law,
            c.individual,
            c.salutation,
            c.contact
        ])
        .map_err(|e| {
            refuse_duplicate(e, || {
                crate::t!("err-ledger-client-exists", name = c.name.clone())
            })
        })?;
        Ok(ClientId(self.last_insert_rowid()))
    }

    /// Replaces a client's details (the values in the order of [`client_values`]).
    pub fn update_client(&self, c: &Client) -> Result<()> {
        let changed = self.execute(
            "UPDATE clients SET name = ?2, kind = ?3, country = ?4, language = ?5, email = ?6,
                 address = ?7, vat_id = ?8, notes = ?9, law = ?10, individual = ?11, salutation = ?12,
                 contact = ?13 WHERE id = ?1",
            client_values(c).as_slice(),
        )?;
        if changed == 0 {
            return Err(LedgerError::NotFound(crate::t!(
                "err-ledger-no-client-id",
                id = c.id.to_string()
            )));
        }
        Ok(())
    }

    /// Every client, by name.
    pub fn clients(&self) -> Result<Vec<Client>> {
        let mut stmt = self.prepare_cached(&format!(
            "SELECT {CLIENT_COLUMNS} FROM clients ORDER BY name, id"
        ))?;
        let rows = stmt.query_map([], client_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One client by id.
    pub fn client(&self, id: ClientId) -> Result<Client> {
        self.query_row(
            &format!("SELECT {CLIENT_COLUMNS} FROM clients WHERE id = ?1"),
            [id],
            client_from_row,
        )
        .optional()?
        .ok_or_else(|| {
            LedgerError::NotFound(crate::t!("err-ledger-no-client-id", id = id.to_string()))
        })
    }

    /// One client by exact name.
    pub fn client_by_name(&self, name: &str) -> Result<Option<Client>> {
        Ok(self
            .query_row(
                &format!("SELECT {CLIENT_COLUMNS} FROM clients WHERE name = ?1"),
                [name],
                client_from_row,
            )
            .optional()?)
    }

    /// A client named by id or by exact name (a name wins over an id-looking name).
    pub fn find_client(&self, id_or_name: &str) -> Result<Client> {
        if let Some(c) = self.client_by_name(id_or_name.trim())? {
            return Ok(c);
        }
        if let Ok(id) = id_or_name.trim().parse::<i64>() {
            return self.client(ClientId(id));
        }
        // Case and accents do not matter ("rossi srl" finds "Rossi S.r.l."); with no
        // such client, the nearest name is suggested.
        let wanted = crate::domain::party::fold_name(id_or_name);
        let clients = self.clients()?;
        let same: Vec<&Client> = clients
            .iter()
            .filter(|c| crate::domain::party::fold_name(&c.name) == wanted)
            .collect();
        if let [one] = same.as_slice() {
            return Ok((*one).clone());
        }
        let nearest = clients
            .iter()
            .map(|c| {
                (
                    crate::domain::party::distance(
                        &crate::domain::party::fold_name(&c.name),
                        &wanted,
                    ),
                    c,
                )
            })
            .min_by_key(|(d, _)| *d)
            .filter(|(d, _)| *d <= wanted.chars().count().max(4) / 2)
            .map(|(_, c)| c.name.clone());
        let name = id_or_name.trim().to_string();
        Err(LedgerError::NotFound(match nearest {
            Some(suggestion) => crate::t!(
                "err-ledger-no-client-did-you-mean",
                name = name,
                suggestion = suggestion
            ),
            None => crate::t!("err-ledger-no-client-named", name = name),
        }))
    }
}

/// A client's stored values, id first, in the order the UPDATE of `update_client` and the
/// INSERT of a dump's load both number them (?1 to ?13).
pub(super) fn client_values(c: &Client) -> [&dyn rusqlite::ToSql; 13] {
    [
        &c.id,
        &c.name,
        &c.kind,
        &c.country,
        &c.language,
        &c.email,
        &c.address,
        &c.vat_id,
        &c.notes,
        &c.law,
        &c.individual,
        &c.salutation,
        &c.contact,
    ]
}
