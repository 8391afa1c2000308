//! Secret judgement shared by every rule kind: does a name say "secret", does a value look
//! like one, do its built-in checksums verify, and may a file hold one at all (the gates
//! checked before parsing).

pub mod assignments;
mod check;
pub mod checksum;
pub mod decode;
pub mod gate;
pub mod name;
pub mod value;

pub use check::{
    SecretCheck, is_mostly_one_character, is_placeholder, looks_like_secret, shannon_entropy,
};
