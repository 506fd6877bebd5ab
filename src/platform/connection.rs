//! What the browser says about the network (the Network Information API,
//! `navigator.connection`: Chromium only; Safari and Firefox lack it).

use super::js;

/// What the browser reports about the connection; the defaults where it
/// reports nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Connection {
    /// The runner asked to save data (Save-Data, "Lite mode").
    pub save_data: bool,
    /// "slow-2g", "2g", "3g" or "4g", when known.
    pub effective_type: Option<String>,
}

/// The connection as `navigator.connection` describes it.
pub fn current() -> Connection {
    let Some(connection) = js::navigator().and_then(|n| js::get(&n, "connection")) else {
        return Connection::default();
    };
    Connection {
        save_data: js::get(&connection, "saveData").and_then(|v| v.as_bool()) == Some(true),
        effective_type: js::get(&connection, "effectiveType").and_then(|v| v.as_string()),
    }
}
