//! Safe reaches into JavaScript for APIs a browser may lack or may make
//! throw (Safari and Firefox have no `navigator.vibrate`; a privacy mode can
//! make storage or speech throw). Everything goes through `Reflect` and
//! `Function::apply`, which return a `Result`, so a JavaScript exception
//! comes back as `None` and never unwinds through Rust.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `target[key]`, when reading it works and gives neither undefined nor null.
pub fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

/// `target[key]` when it is a function.
pub fn function(target: &JsValue, key: &str) -> Option<Function> {
    get(target, key)?.dyn_into::<Function>().ok()
}

/// Whether `target[key]` is a function that could be called.
pub fn has_function(target: &JsValue, key: &str) -> bool {
    function(target, key).is_some()
}

/// `target[key](...args)`; `None` if it is missing or throws.
pub fn call(target: &JsValue, key: &str, args: &[JsValue]) -> Option<JsValue> {
    let method = function(target, key)?;
    let args: Array = args.iter().collect();
    Reflect::apply(&method, target, &args).ok()
}

/// `new constructor(...args)`; `None` if it throws.
pub fn construct(constructor: &Function, args: &[JsValue]) -> Option<JsValue> {
    let args: Array = args.iter().collect();
    Reflect::construct(constructor, &args).ok()
}

/// The global object (`window`), as a plain value.
pub fn global() -> Option<JsValue> {
    web_sys::window().map(JsValue::from)
}

/// `navigator`, as a plain value.
pub fn navigator() -> Option<JsValue> {
    web_sys::window().map(|window| window.navigator().into())
}
