"""Curator settings on the App Home: a workspace's curators choose its curator channel and who
else curates, in a form only they can open or submit.

Why here and not in the environment: in OAuth mode one deployment serves many councils'
workspaces, and ``CYBERBOT_CURATORS`` / ``CYBERBOT_CURATOR_CHANNEL`` cannot name people and a
channel in every one of them (``bot.core.curators`` says which source counts in which mode).
The section and its button are shown to the workspace's curators only; the button and the form's
submission check again, in the workspace the request came from, so a forged click or submission
from someone else (or from another workspace) is refused and changes nothing. In OAuth mode the
section also gives the workspace's own calendar feed address (``bot.calendar.feed``).
"""

from __future__ import annotations

from typing import Callable

from bot.core.buttons import ActionResult
from bot.core.curators import MAX_CURATORS, SLACK_CHANNEL, SLACK_USER, Curators
from bot.core.forms import ConversationPicker, PeoplePicker, Submission, View, ViewResult
from bot.core.home_tab import HomeSection
from bot.core.replies import Button, Buttons, Note, Reply, Text
from bot.core.router import Request
from bot.core.tenancy import current_team

SETTINGS_OPEN = "curator_settings_open"
SETTINGS_FORM = "curator_settings"
CHANNEL = "channel"
PEOPLE = "curators"


def _people(ids) -> str:
    return ", ".join(f"<@{i}>" for i in ids)


class CuratorSettingsPage:
    def __init__(self, curators: Curators, feed_path: Callable[[str], str] | None = None):
        self.curators = curators
        self.feed_path = feed_path      # (team) -> "/calendar.ics?team=...&key=...", in OAuth mode

    def buttons(self) -> dict:
        return {SETTINGS_OPEN: self.open_click}

    def views(self) -> dict:
        return {SETTINGS_FORM: self.submit}

    # -- the Home section ------------------------------------------------------------------------
    def home(self, ctx: Request) -> list[HomeSection]:
        if ctx.in_console or not self.curators.allows(ctx):
            return []
        stored = self.curators.stored.get() if self.curators.stored is not None else None
        people = stored.people if stored else ()
        lines = [f"*Curators:* {_people(people) or 'nobody chosen here yet'}"]
        if self.curators.env_ids:
            lines.append(f"*Also curators, set by `CYBERBOT_CURATORS`:* "
                         f"{', '.join(f'<!subteam^{i}>' if i.startswith('S') else f'<@{i}>' for i in self.curators.env_ids)}")
        channel = self.curators.channel()
        if channel:
            shown = channel if channel.startswith("#") else f"<#{channel}>"
            where = " (set by `CYBERBOT_CURATOR_CHANNEL`)" if self.curators.env_channel else ""
            lines.append(f"*Curator channel:* {shown}{where}: \u201cAsk the council\u201d questions go there.")
        else:
            lines.append("*Curator channel:* none yet, so unsure answers don't offer \u201cAsk the council\u201d. "
                         "Choose one to turn it on.")
        intro: list = [Text("\n".join(lines))]
        if self.feed_path is not None and current_team():
            intro.append(Note((f"Your workspace's calendar feed (deadlines and events, for Outlook): add "
                               f"`{self.feed_path(current_team())}` to this bot's web address. Share it only with "
                               "your council: anyone with it can read your dates.",)))
        intro.append(Buttons((Button("Change curator settings", SETTINGS_OPEN, "", console_hint=""),)))
        return [HomeSection("Curator settings", order=45, intro=tuple(intro))]

    # -- the form --------------------------------------------------------------------------------
    def open_click(self, value: str, ctx: Request) -> ActionResult:
        if not self.curators.allows(ctx):
            return ActionResult(ephemeral=self.curators.refusal("change the curator settings"))
        return ActionResult(open_view=self.form())

    def form(self) -> View:
        stored = self.curators.stored.get() if self.curators.stored is not None else None
        blocks: list = [Text("Curators answer questions sent to the council, add deadlines and events, and change "
                             "these settings.")]
        if self.curators.env_channel:
            blocks.append(Note((f"The curator channel is set by `CYBERBOT_CURATOR_CHANNEL` "
                                f"({self.curators.env_channel}) for this deployment.",)))
        else:
            blocks.append(ConversationPicker(CHANNEL, "Curator channel", initial=stored.channel if stored else None,
                                             optional=True, hint="Where \u201cAsk the council\u201d questions go. "
                                                                 "Invite me to it if it's private."))
        blocks.append(PeoplePicker(PEOPLE, "Curators", initial=stored.people if stored else (),
                                   optional=bool(self.curators.users or self.curators.groups),
                                   hint="Add or remove people; keep at least one."))
        if self.curators.env_ids:
            blocks.append(Note(("People named in `CYBERBOT_CURATORS` stay curators whatever you choose here.",)))
        return View(title="Curator settings", callback_id=SETTINGS_FORM, submit="Save", blocks=tuple(blocks))

    def submit(self, submission: Submission, ctx: Request) -> ViewResult:
        """The fields checked in memory; who may change them, and the storing, come after the ack."""
        people = list(dict.fromkeys(p for p in submission.chosen(PEOPLE) if p))
        channel = submission.text(CHANNEL) or None
        errors: dict[str, str] = {}
        if any(not SLACK_USER.match(p) for p in people):
            errors[PEOPLE] = "Please choose people from the list."
        elif not people and not (self.curators.users or self.curators.groups):
            errors[PEOPLE] = "Keep at least one curator, or nobody could change these settings again."
        elif len(people) > MAX_CURATORS:
            errors[PEOPLE] = f"Please choose up to {MAX_CURATORS} curators."
        if channel and not SLACK_CHANNEL.match(channel):
            errors[CHANNEL] = "Please choose a channel from the list (or leave it empty)."
        if errors:
            return ViewResult.invalid(errors)

        def store() -> Reply:
            # checked again here, in the workspace the submission came from: a forged one (from
            # someone else, or from another workspace's curator) is refused and changes nothing
            if not self.curators.allows(ctx):
                return self.curators.refusal("change the curator settings")
            chosen = channel
            if self.curators.env_channel:   # the environment's channel wins; the stored one stays as it was
                chosen = self.curators.stored.get().channel
            self.curators.stored.save(people, chosen, ctx.user_id or "console")
            if self.curators.env_channel:
                where = f"{self.curators.env_channel} (set by `CYBERBOT_CURATOR_CHANNEL`)"
            else:
                where = f"<#{chosen}>" if chosen else "nowhere yet (\u201cAsk the council\u201d stays off until you choose a channel)"
            named = _people(people) or "those in `CYBERBOT_CURATORS`"
            return Reply.simple(f"Saved. Your curators are {named}, and council questions go to {where}.",
                                kind="curator_settings_saved")

        return ViewResult(then=store)
