//! `merchant add/list/block/unblock`: by id or by a name in any letter case, unique names,
//! unknown merchants, and which of them need the wallet unlocked.

use serde_json::{json, Value};

use crate::pay::Wallet;

fn list(w: &Wallet) -> Vec<Value> {
    // No session: listing needs no unlocking.
    let doc = w
        .env
        .cmd(["merchant", "list"])
        .json()
        .run()
        .success()
        .json();
    doc["merchants"]
        .as_array()
        .unwrap_or_else(|| panic!("no merchants array: {doc}"))
        .clone()
}

fn find(w: &Wallet, id: &str) -> Value {
    list(w)
        .into_iter()
        .find(|m| m["id"] == id)
        .unwrap_or_else(|| panic!("merchant {id} not listed"))
}

fn add(w: &Wallet, args: &[&str]) -> Value {
    let out = w
        .env
        .cmd(["merchant", "add"])
        .args(args)
        .json()
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    let m = out.json()["merchant"].clone();
    assert!(
        m["id"].as_str().is_some_and(|id| id.starts_with("mer_")),
        "{}",
        out.show()
    );
    m
}

#[test]
fn add_and_list() {
    let w = Wallet::new();
    assert_eq!(list(&w), Vec::<Value>::new());

    let books = add(
        &w,
        &[
            "Book Store",
            "--category",
            "books",
            "--currency",
            "CNY",
            "--currency",
            "USD",
        ],
    );
    assert_eq!(books["name"], "Book Store");
    assert_eq!(books["accepts_okpay"], true);
    assert_eq!(books["category"], "books");
    assert_eq!(books["currencies"], json!(["CNY", "USD"]));
    assert_eq!(books["blocked"], false);
    assert_eq!(books["origin"], "added");
    assert_eq!(books["new"], true, "never paid yet: {books}");

    let cash = add(&w, &["Cash Only", "--no-okpay"]);
    assert_eq!(cash["accepts_okpay"], false);
    assert_eq!(cash["currencies"], json!([]), "all currencies: {cash}");
    assert!(cash["category"].is_null(), "{cash}");

    let merchants = list(&w);
    assert_eq!(merchants.len(), 2, "{merchants:?}");
    for m in [&books, &cash] {
        let listed = find(&w, m["id"].as_str().unwrap());
        for key in [
            "id",
            "name",
            "accepts_okpay",
            "category",
            "currencies",
            "blocked",
            "new",
            "origin",
        ] {
            assert_eq!(listed[key], m[key], "{key}: {listed} vs {m}");
        }
    }
    assert_eq!(w.env.sql_i64("select count(*) from merchants"), 2);
    assert_eq!(
        w.env
            .sql_i64("select accepts_okpay from merchants where name = 'Cash Only'"),
        0
    );

    // -q prints the id.
    let out = w
        .env
        .cmd(["-q", "merchant", "add", "Quiet Shop"])
        .env("OKPAY_SESSION", &w.tok)
        .run()
        .success();
    let id = out.stdout.trim_end_matches('\n');
    assert!(id.starts_with("mer_"), "{}", out.show());
    assert_eq!(find(&w, id)["name"], "Quiet Shop");
}

#[test]
fn block_and_unblock_by_id_and_by_name_in_any_case() {
    let w = Wallet::new();
    let m = add(&w, &["Night Market"]);
    let id = m["id"].as_str().unwrap();
    let blocked = |w: &Wallet| {
        let db = w
            .env
            .sql_i64(&format!("select blocked from merchants where id = '{id}'"));
        let listed = find(w, id)["blocked"].as_bool().unwrap();
        assert_eq!(db == 1, listed, "list and database disagree");
        listed
    };

    for (block, unblock) in [
        (id, id),
        ("night market", "NIGHT MARKET"),
        ("Night Market", "nIgHt MaRkEt"),
    ] {
        let doc = w.run(["merchant", "block", block]).success().json();
        assert_eq!(doc["merchant"]["id"], id, "{doc}");
        assert_eq!(doc["merchant"]["blocked"], true, "{doc}");
        assert!(blocked(&w), "blocked by {block}");
        // Blocking twice leaves it blocked.
        w.run(["merchant", "block", block]).success();
        assert!(blocked(&w));

        let doc = w.run(["merchant", "unblock", unblock]).success().json();
        assert_eq!(doc["merchant"]["id"], id, "{doc}");
        assert_eq!(doc["merchant"]["blocked"], false, "{doc}");
        assert!(!blocked(&w), "unblocked by {unblock}");
    }
    assert_eq!(w.env.sql_i64("select count(*) from merchants"), 1);
}

#[test]
fn a_duplicate_name_is_already_exists() {
    let w = Wallet::new();
    let first = add(&w, &["Book Store"]);
    for name in ["Book Store", "book store", "BOOK STORE"] {
        let out = w
            .run(["merchant", "add", name, "--no-okpay"])
            .failure(11, "already_exists");
        assert!(!out.json()["error"]["advice"].as_str().unwrap().is_empty());
    }
    let merchants = list(&w);
    assert_eq!(merchants.len(), 1, "{merchants:?}");
    assert_eq!(merchants[0]["id"], first["id"]);
    assert_eq!(merchants[0]["accepts_okpay"], true, "unchanged");

    // A merchant registered by paying it is taken too.
    let w = Wallet::funded("10");
    w.pay_ok("1", "Corner Cafe", &[]);
    w.run(["merchant", "add", "corner cafe"])
        .failure(11, "already_exists");
    assert_eq!(w.env.sql_i64("select count(*) from merchants"), 1);
}

#[test]
fn an_unknown_merchant_is_not_found() {
    let w = Wallet::new();
    add(&w, &["Book Store"]);
    for args in [
        ["merchant", "block", "Nobody"],
        ["merchant", "unblock", "Nobody"],
        ["merchant", "block", "mer_00000000000000000000000000"],
        ["merchant", "block", "Book Stor"],
    ] {
        w.run(args).failure(12, "not_found");
    }
    assert_eq!(
        w.env.sql_i64("select count(*) from merchants"),
        1,
        "blocking does not register"
    );
    assert_eq!(
        w.env
            .sql_i64("select count(*) from merchants where blocked = 1"),
        0
    );
}

#[test]
fn bad_merchant_input_is_invalid_input() {
    let w = Wallet::new();
    for args in [
        vec!["merchant", "add", ""],
        vec!["merchant", "add", "Shop", "--currency", "XYZ"],
        vec!["merchant", "add", "Shop", "--currency", "dollars"],
        vec!["merchant", "add", "Bad\nName"],
        vec!["merchant", "add"],
    ] {
        w.env
            .cmd(args)
            .json()
            .env("OKPAY_SESSION", &w.tok)
            .run()
            .failure(2, "invalid_input");
    }
    assert_eq!(w.env.sql_i64("select count(*) from merchants"), 0);
}

#[test]
fn changes_need_unlocking_and_listing_does_not() {
    let w = Wallet::new();
    w.env
        .cmd(["merchant", "add", "Book Store"])
        .json()
        .run()
        .failure(3, "auth_required");
    assert_eq!(w.env.sql_i64("select count(*) from merchants"), 0);

    // The password on stdin unlocks.
    let doc = w
        .env
        .cmd(["merchant", "add", "Book Store"])
        .json()
        .password()
        .run()
        .success()
        .json();
    let id = doc["merchant"]["id"].as_str().unwrap().to_string();

    for verb in ["block", "unblock"] {
        w.env
            .cmd(["merchant", verb, "Book Store"])
            .json()
            .run()
            .failure(3, "auth_required");
    }
    assert_eq!(find(&w, &id)["blocked"], false);
    w.env
        .cmd(["merchant", "block", "Book Store"])
        .json()
        .password()
        .run()
        .success();
    assert_eq!(find(&w, &id)["blocked"], true);

    // list works without credentials, in JSON and as a table.
    let out = w.env.cmd(["merchant", "list"]).run().success();
    assert!(out.stdout.contains("Book Store"), "{}", out.show());
}
