//! How domain types are stored in SQLite columns.
//!
//! Codes are stored as their text (`'EUR'`, `'IT'`, `'formal_letter'`), so the file stays
//! readable with the `sqlite3` shell; a value the domain does not accept is reported as
//! a conversion error naming it rather than silently mapped.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::domain::delivery::{Channel, DeliveryState};
use crate::domain::events::{CorrectionKind, EventKind};
use crate::domain::interest::Law;
use crate::domain::invoice::InvoiceId;
use crate::domain::ladder::Stage;
use crate::domain::money::Currency;
use crate::domain::party::{ClientId, ClientKind, Country, Language, NextStep, Paper, Sending};

/// Implements `ToSql`/`FromSql` for a type stored as the text of its code.
macro_rules! text_column {
    ($($ty:ty => $as_text:ident),+ $(,)?) => {$(
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.$as_text().to_string()))
            }
        }

        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                text.parse::<$ty>()
                    .map_err(|e| FromSqlError::Other(Box::new(std::io::Error::other(e.to_string()))))
            }
        }
    )+};
}

text_column!(
    Currency => code,
    Country => code,
    ClientKind => as_str,
    Language => as_str,
    Stage => as_str,
    EventKind => as_str,
    Law => as_str,
    Paper => as_str,
    NextStep => as_str,
    Sending => as_str,
    CorrectionKind => as_str,
    Channel => as_str,
    DeliveryState => as_str,
);

/// Implements `ToSql`/`FromSql` for an integer id newtype.
macro_rules! id_column {
    ($($ty:ident),+) => {$(
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                self.0.to_sql()
            }
        }

        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map($ty)
            }
        }
    )+};
}

id_column!(ClientId, InvoiceId);
