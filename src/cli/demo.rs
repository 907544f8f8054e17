//! `okpay demo`: a narrated, non-interactive tour in a throw-away sandbox wallet. It shows what
//! okpay can do today and grows with every feature.

use serde_json::{json, Value};

use super::args::DemoArgs;
use super::context::Ctx;
use super::messages::{t, tr};
use super::render::{self, Paint};
use crate::auth::password::Password;
use crate::auth::vault::random_bytes;
use crate::error::{Error, Result};
use crate::money::Currency;
use crate::wallet::{Credential, InitOptions, Wallet};

/// The narrator: prints each step in the user's language, or collects them for `--json`.
struct Tour<'a> {
    ctx: &'a Ctx,
    step: usize,
    log: Vec<Value>,
}

impl Tour<'_> {
    fn step(&mut self, key: &str, args: &[(&str, &str)]) {
        self.step += 1;
        self.log.push(json!({"step": self.step, "says": key}));
        if !self.ctx.json && !self.ctx.quiet {
            let title = tr(self.ctx.lang, key, args);
            println!(
                "\n{}",
                self.ctx
                    .paint(Paint::Bold, &format!("{}. {title}", self.step))
            );
        }
    }

    fn show(&self, text: &str) {
        if !self.ctx.json && !self.ctx.quiet {
            for line in text.trim_end().lines() {
                println!("   {line}");
            }
        }
    }

    fn refusal(&mut self, e: &Error) {
        let (message, advice) = render::error_text(self.ctx.lang, e);
        if let Some(last) = self.log.last_mut() {
            last["error"] = json!(e.code_str());
        }
        let label = self
            .ctx
            .paint(Paint::Error, &t(self.ctx.lang, "label.error"));
        self.show(&format!(
            "{label} {message} [{}]\n{} {advice}",
            e.code_str(),
            t(self.ctx.lang, "label.advice")
        ));
    }
}

pub fn run(ctx: &Ctx, args: DemoArgs) -> Result<()> {
    let temp;
    let dir = match &args.keep {
        Some(dir) => dir.clone(),
        None => {
            temp = tempfile::Builder::new().prefix("okpay-demo-").tempdir()?;
            temp.path().to_path_buf()
        }
    };
    let path = dir.join("demo-wallet.db");
    let mut tour = Tour {
        ctx,
        step: 0,
        log: Vec::new(),
    };
    let l = ctx.lang;
    if !ctx.json && !ctx.quiet {
        println!("{}", ctx.paint(Paint::Bold, &t(l, "demo.title")));
        println!("{}", t(l, "demo.intro"));
    }

    // A strong throw-away password from the CSPRNG; the demo never shows it.
    let secret = format!("demo-{}-Wallet!", hex::encode(random_bytes::<12>()));
    let password = || Password::new(secret.clone());

    let path_text = path.display().to_string();
    tour.step("demo.step.init", &[("path", &path_text)]);
    let options = InitOptions {
        username: "alice".to_string(),
        base_currency: Currency::CNY,
        sandbox: true,
        time_zone: "Asia/Shanghai".to_string(),
        password: password(),
    };
    let mut wallet = Wallet::init(&path, options, jiff::Timestamp::now())?;
    let info = wallet.info();
    tour.show(&tr(
        l,
        "demo.init_details",
        &[(
            "kdf",
            &format!(
                "argon2id m={} KiB t={}",
                info.kdf.memory_kib, info.kdf.iterations
            ),
        )],
    ));

    tour.step("demo.step.balance", &[]);
    tour.show(&balance_text(ctx, &wallet)?);

    tour.step("demo.step.login", &[]);
    let (token, expires) = wallet.login(
        Some("alice"),
        &password(),
        jiff::SignedDuration::from_mins(15),
    )?;
    let until = crate::clock::local(expires, wallet.zone());
    tour.show(&tr(l, "demo.login_details", &[("until", &until)]));
    let mut second = Wallet::open(&path)?;
    second.unlock(Credential::Session(token.as_str().to_string()))?;
    tour.show(&t(l, "demo.session_unlocks"));

    tour.step("demo.step.clock", &[]);
    let moved = wallet.sandbox_clock_advance(jiff::SignedDuration::from_mins(20))?;
    tour.show(&tr(
        l,
        "demo.clock_moved",
        &[("time", &crate::clock::local(moved, wallet.zone()))],
    ));
    let mut third = Wallet::open(&path)?;
    match third.unlock(Credential::Session(token.as_str().to_string())) {
        Err(e) => tour.refusal(&e),
        Ok(()) => return Err(Error::internal("demo: an expired session unlocked")),
    }

    tour.step("demo.step.wrong_password", &[]);
    let mut fourth = Wallet::open(&path)?;
    match fourth.unlock(Credential::Password(Password::new(
        "not-the-password".to_string(),
    ))) {
        Err(e) => tour.refusal(&e),
        Ok(()) => return Err(Error::internal("demo: a wrong password unlocked")),
    }

    tour.step("demo.step.verify", &[]);
    let problems = wallet.verify()?;
    if !problems.is_empty() {
        return Err(Error::internal("demo: verify found problems"));
    }
    tour.show(&t(l, "verify.ok_chain"));

    let kept = args.keep.is_some();
    if ctx.json {
        ctx.print_json(&json!({"demo": {"wallet": if kept { Some(path_text) } else { None }, "steps": tour.log}}));
    } else if !ctx.quiet {
        println!();
        if kept {
            println!(
                "{}",
                tr(l, "demo.kept", &[("path", &path.display().to_string())])
            );
        } else {
            println!("{}", t(l, "demo.done"));
        }
    }
    Ok(())
}

fn balance_text(ctx: &Ctx, wallet: &Wallet) -> Result<String> {
    let b = wallet.balances(None)?;
    let l = ctx.lang;
    let mut tbl = render::table(vec![
        t(l, "field.currency"),
        t(l, "field.available"),
        t(l, "field.pending"),
    ]);
    for line in &b.balances {
        tbl.add_row(vec![
            comfy_table::Cell::new(&line.currency),
            render::amount_cell(&line.available),
            render::amount_cell(&line.pending),
        ]);
    }
    Ok(tbl.to_string())
}
