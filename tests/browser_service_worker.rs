//! The service worker wrapper where offline cannot work: no
//! `navigator.serviceWorker` at all, a registration the browser refuses,
//! and a stubbed `register` that gives nothing back. Each must leave the
//! app running without a panic and without an update offer.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use bandwork::platform::service_worker;
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn navigator() -> JsValue {
    web_sys::window().unwrap().navigator().into()
}

/// Shadows `navigator.serviceWorker` with `value` until `restore`.
fn replace_container(value: &JsValue) {
    let descriptor = Object::new();
    Reflect::set(&descriptor, &"value".into(), value).unwrap();
    Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    Object::define_property(&navigator().into(), &"serviceWorker".into(), &descriptor);
}

/// Removes the shadow, so the browser's own container shows again.
fn restore() {
    Reflect::delete_property(&navigator().into(), &"serviceWorker".into()).unwrap();
}

/// Lets pending promise callbacks and spawned futures run.
async fn settle() {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Registers with a callback that counts update offers.
fn register_counting() -> Rc<Cell<u32>> {
    let offers = Rc::new(Cell::new(0));
    let counted = offers.clone();
    service_worker::register(move || counted.set(counted.get() + 1));
    offers
}

/// A container whose `register` runs `body` (a function body).
fn container_with_register(body: &str) -> JsValue {
    let container = Object::new();
    Reflect::set(
        &container,
        &"register".into(),
        &Function::new_no_args(body).into(),
    )
    .unwrap();
    container.into()
}

#[wasm_bindgen_test]
async fn without_service_workers_registering_does_nothing() {
    replace_container(&JsValue::UNDEFINED);
    let offers = register_counting();
    settle().await;
    restore();
    assert_eq!(offers.get(), 0);
    assert!(!service_worker::registered());
}

#[wasm_bindgen_test]
async fn a_refused_registration_is_no_offline_and_no_error() {
    replace_container(&container_with_register(
        "return Promise.reject(new DOMException('refused', 'SecurityError'))",
    ));
    let offers = register_counting();
    settle().await;
    restore();
    assert_eq!(offers.get(), 0);
    assert!(!service_worker::registered());
}

#[wasm_bindgen_test]
async fn a_register_that_throws_or_returns_nothing_is_no_offline() {
    for body in ["throw new Error('no')", "return Promise.resolve(undefined)"] {
        replace_container(&container_with_register(body));
        let offers = register_counting();
        settle().await;
        restore();
        assert_eq!(offers.get(), 0, "{body}");
        assert!(!service_worker::registered(), "{body}");
    }
}
