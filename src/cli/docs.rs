//! Shell completions and man pages, generated from the clap definitions. The committed copies
//! under `completions/` and `man/` must equal what this produces; a test checks it.

use std::path::Path;

use super::args::{Cli, CompletionsArgs, GenerateDocsArgs, Shell};
use super::context::Ctx;
use super::messages::tr;
use crate::error::{Error, Result};

/// The committed file name of each shell's script.
pub fn completion_file(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "okpay.bash",
        Shell::Zsh => "_okpay",
        Shell::Fish => "okpay.fish",
        Shell::Elvish => "okpay.elv",
        Shell::Powershell => "_okpay.ps1",
    }
}

/// Every shell.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::Elvish,
    Shell::Powershell,
];

/// The completion script for `shell`.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    use clap_complete::Shell as S;
    let generator = match shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Elvish => S::Elvish,
        Shell::Powershell => S::PowerShell,
    };
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(generator, &mut cmd, "okpay", &mut out);
    with_dynamic_values(shell, out)
}

/// The script with the glue that completes ids, labels and names from the wallet
/// (`okpay __complete`, see `complete.rs`): bash and zsh ask it first and fall back to clap's
/// completion; fish gets one more completion per argument. Elvish and PowerShell stay static.
fn with_dynamic_values(shell: Shell, script: Vec<u8>) -> Vec<u8> {
    let Ok(text) = String::from_utf8(script.clone()) else {
        return script;
    };
    let text = match shell {
        Shell::Bash => {
            let text = text.replace("complete -F _okpay ", "complete -F _okpay_dynamic ");
            match text.find("\nif [[ \"${BASH_VERSINFO[0]}\" -eq 4") {
                Some(at) => format!(
                    "{}{}{}",
                    &text[..at + 1],
                    super::complete::bash_glue(),
                    &text[at..]
                ),
                None => format!("{text}{}", super::complete::bash_glue()),
            }
        }
        Shell::Zsh => {
            let text = text.replacen("\n_okpay() {\n", "\n_okpay_static() {\n", 1);
            match text.find("if [ \"$funcstack[1]\" = \"_okpay\" ]; then") {
                Some(at) => format!(
                    "{}{}{}",
                    &text[..at],
                    super::complete::zsh_glue(),
                    &text[at..]
                ),
                None => text,
            }
        }
        Shell::Fish => format!("{text}{}", super::complete::fish_glue()),
        Shell::Elvish | Shell::Powershell => text,
    };
    text.into_bytes()
}

/// Every man page: `okpay.1` and one per (visible) subcommand, e.g. `okpay-sandbox-clock.1`,
/// each with EXAMPLES (where the command has them), EXIT STATUS, ENVIRONMENT and FILES.
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    fn walk(
        cmd: clap::Command,
        examples: Option<&str>,
        pages: &mut Vec<(String, Vec<u8>)>,
    ) -> Result<()> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
            let top = cmd.get_name() == "okpay";
            let sub_examples = if top && !super::help::has_own_examples(&sub) {
                super::help::examples(sub.get_name())
            } else {
                None
            };
            walk(sub, sub_examples, pages)?;
        }
        let man = clap_mangen::Man::new(cmd.clone());
        let mut out = Vec::new();
        man.render_title(&mut out).map_err(Error::from)?;
        man.render_name_section(&mut out).map_err(Error::from)?;
        man.render_synopsis_section(&mut out).map_err(Error::from)?;
        man.render_description_section(&mut out)
            .map_err(Error::from)?;
        if cmd.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut out).map_err(Error::from)?;
        }
        if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
            man.render_subcommands_section(&mut out)
                .map_err(Error::from)?;
        }
        if cmd.get_after_long_help().is_some() || cmd.get_after_help().is_some() {
            man.render_extra_section(&mut out).map_err(Error::from)?;
        }
        out.extend_from_slice(super::help::man_sections(examples).as_bytes());
        if cmd.get_version().is_some() {
            man.render_version_section(&mut out).map_err(Error::from)?;
        }
        pages.push((man.get_filename(), out));
        Ok(())
    }
    // The definitions as clap has them (the examples and exit codes go to their own
    // sections), with the top page's closing text cut to how unlocking works.
    use clap::CommandFactory;
    let mut cmd = Cli::command()
        .disable_help_subcommand(true)
        .after_long_help(super::help::UNLOCKING);
    cmd.build();
    let mut pages = Vec::new();
    walk(cmd, Some(super::help::TOP_EXAMPLES), &mut pages)?;
    pages.sort();
    Ok(pages)
}

pub fn completions(_ctx: &Ctx, args: CompletionsArgs) -> Result<()> {
    use std::io::Write;
    let script = completion_script(args.shell);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)
        .map_err(super::output::stdout_error)?;
    out.flush().map_err(super::output::stdout_error)
}

pub fn generate(ctx: &Ctx, args: GenerateDocsArgs) -> Result<()> {
    let completions_dir = args.dir.join("completions");
    let man_dir = args.dir.join("man");
    std::fs::create_dir_all(&completions_dir).map_err(|e| Error::io_at(&completions_dir, &e))?;
    std::fs::create_dir_all(&man_dir).map_err(|e| Error::io_at(&man_dir, &e))?;
    for shell in SHELLS {
        write(
            &completions_dir.join(completion_file(shell)),
            &completion_script(shell),
        )?;
    }
    let io = |e: std::io::Error| Error::io_at(&man_dir, &e);
    for entry in std::fs::read_dir(&man_dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.extension().is_some_and(|e| e == "1") {
            std::fs::remove_file(&path).map_err(|e| Error::io_at(&path, &e))?;
        }
    }
    let pages = man_pages()?;
    for (name, bytes) in &pages {
        write(&man_dir.join(name), bytes)?;
    }
    if !ctx.quiet {
        let count = (pages.len() + SHELLS.len()).to_string();
        outln!(
            "{}",
            tr(
                ctx.lang,
                "docs.written",
                &[("count", &count), ("dir", &args.dir.display().to_string())]
            )
        );
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|e| Error::io_at(path, &e))?;
    // Committed files are public documentation, unlike the wallet.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
        .map_err(|e| Error::io_at(path, &e))
}
