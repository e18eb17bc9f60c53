"""Hand-built series and meetings for the pure timeline and upcoming tests."""

from __future__ import annotations

from dialogtrack.models import DateSpan, Meeting, Series, Status

TH_US = Series(
    id="th-us-strategic-dialogue",
    name_en="Thailand–United States Strategic Dialogue",
    name_th="การหารือเชิงยุทธศาสตร์ไทย–สหรัฐฯ",
    countries=("TH", "US"),
    kind="strategic-dialogue",
)
TH_JP = Series(
    id="th-jp-joint-commission",
    name_en="Thailand–Japan Joint Commission",
    name_th="คณะกรรมาธิการร่วมไทย–ญี่ปุ่น",
    countries=("TH", "JP"),
    kind="joint-commission",
)
TH_LA = Series(
    id="th-la-joint-commission",
    name_en="Thailand–Laos Joint Commission",
    name_th="คณะกรรมาธิการร่วมไทย–ลาว",
    countries=("TH", "LA"),
    kind="joint-commission",
)


def meeting(series: Series, round: int | None, when: str | None, status: Status = "held") -> Meeting:
    """A meeting dated "2022-05-09", "2014-07" or "2019" (or undated)."""
    dates = DateSpan.from_iso(when) if when else None
    return Meeting(series, round, dates, None, (), status, ())
