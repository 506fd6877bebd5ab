//! Work for idle moments, and the connection's wishes, in headless
//! Chromium: the work runs with `requestIdleCallback`, and also where it is
//! missing (Safari, every iPhone) or throws, on a timer; a browser without
//! `navigator.connection` allows fetching ahead.
#![cfg(target_arch = "wasm32")]

use bandwork::platform::{connection, idle};
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// An own property put over `target[name]` for the length of a test; the
/// one it replaced (or none) comes back after.
struct Shadow {
    target: Object,
    name: &'static str,
    before: JsValue,
}

impl Shadow {
    fn new(target: &JsValue, name: &'static str, value: &JsValue) -> Self {
        let target: Object = target.clone().unchecked_into();
        let before = Object::get_own_property_descriptor(&target, &name.into());
        let descriptor = Object::new();
        Reflect::set(&descriptor, &"value".into(), value).unwrap();
        Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
        Reflect::set(&descriptor, &"writable".into(), &JsValue::TRUE).unwrap();
        Object::define_property(&target, &name.into(), &descriptor);
        Self {
            target,
            name,
            before,
        }
    }
}

impl Drop for Shadow {
    fn drop(&mut self) {
        if self.before.is_undefined() {
            let _ = Reflect::delete_property(&self.target, &self.name.into());
        } else {
            Object::define_property(&self.target, &self.name.into(), self.before.unchecked_ref());
        }
    }
}

fn window() -> JsValue {
    web_sys::window().unwrap().into()
}

#[wasm_bindgen_test]
async fn idle_work_runs_with_request_idle_callback() {
    // Never resolving would time the test out.
    idle::until_idle(2_000).await;
}

#[wasm_bindgen_test]
async fn idle_work_runs_on_a_timer_where_request_idle_callback_is_missing() {
    let _gone = Shadow::new(&window(), "requestIdleCallback", &JsValue::UNDEFINED);
    idle::until_idle(60_000).await;
}

#[wasm_bindgen_test]
async fn idle_work_runs_on_a_timer_where_request_idle_callback_throws() {
    let refuse = Function::new_no_args("throw new Error('refused by the test')");
    let _throws = Shadow::new(&window(), "requestIdleCallback", &refuse);
    idle::until_idle(60_000).await;
}

#[wasm_bindgen_test]
fn without_network_information_the_connection_asks_for_nothing() {
    let navigator: JsValue = web_sys::window().unwrap().navigator().into();
    let _gone = Shadow::new(&navigator, "connection", &JsValue::UNDEFINED);
    assert_eq!(connection::current(), connection::Connection::default());
}

#[wasm_bindgen_test]
fn save_data_is_read_from_network_information() {
    let navigator: JsValue = web_sys::window().unwrap().navigator().into();
    let reported = Object::new();
    Reflect::set(&reported, &"saveData".into(), &JsValue::TRUE).unwrap();
    Reflect::set(&reported, &"effectiveType".into(), &"2g".into()).unwrap();
    let _reported = Shadow::new(&navigator, "connection", &reported);
    let now = connection::current();
    assert!(now.save_data);
    assert_eq!(now.effective_type.as_deref(), Some("2g"));
}
