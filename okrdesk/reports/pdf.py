"""The review as a PDF: a cover, then the HTML document laid out on A4 or Letter pages with
page numbers, through QTextDocument and QPdfWriter at print resolution.

The document is laid out for the writer itself (its paint device), so fonts, table rows and
charts are measured in the writer's 300-dpi pixels; tables repeat their header row on every
page they span (QTextDocument does this for <thead> rows).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from okrdesk.domain.review import ExperimentLine, Review
from okrdesk.reports.charts import CSS_DPI, PRINT_DPI, Chart
from okrdesk.reports.html import (
    report_html,
    report_title,
)
from okrdesk.reports.locale_format import LocaleFormat
from okrdesk.reports.review_table import (
    decided_by_text,
    decision_in_sentence,
    verdict_in_sentence,
)
from okrdesk.reports.text import Report

PAPER = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 20.0
FOOTER_MM = 8.0  # the footer's band inside the bottom margin
MM_PER_INCH = 25.4


def _mm(value: float, dpi: int = PRINT_DPI) -> float:
    return value / MM_PER_INCH * dpi


class _Pages:
    """The page geometry of the writer, in device pixels."""

    def __init__(self, writer: QPdfWriter) -> None:
        dpi = writer.resolution()
        self.width = writer.width()
        self.height = writer.height()
        self.margin = _mm(MARGIN_MM, dpi)
        self.body = QRectF(
            self.margin, self.margin, self.width - 2 * self.margin, self.height - 2 * self.margin
        )
        self.footer = QRectF(
            self.margin,
            self.height - self.margin + _mm(FOOTER_MM / 2, dpi),
            self.body.width(),
            _mm(FOOTER_MM, dpi),
        )


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _draw_cover(
    painter: QPainter,
    pages: _Pages,
    review: Review,
    fmt: LocaleFormat,
    logo: QImage | None,
) -> None:
    body = pages.body
    y = body.top() + _mm(30)
    if logo is not None and not logo.isNull():
        logo_box = QSizeF(_mm(70), _mm(35))
        size = QSizeF(logo.size()).scaled(logo_box, Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRectF(body.left(), body.top(), size.width(), size.height()), logo)
        y = body.top() + size.height() + _mm(20)
    title, subtitle = report_title(review, fmt)
    painter.setPen(QColor("#0d47a1"))
    painter.setFont(_font(28, bold=True))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    name_rect = painter.boundingRect(
        QRectF(body.left(), y, body.width(), body.height()), flags, review.workspace
    )
    painter.drawText(name_rect, flags, review.workspace)
    y = name_rect.bottom() + _mm(10)
    painter.setPen(QColor("#212121"))
    painter.setFont(_font(18))
    title_rect = painter.boundingRect(
        QRectF(body.left(), y, body.width(), body.height()), flags, title
    )
    painter.drawText(title_rect, flags, title)
    y = title_rect.bottom() + _mm(4)
    painter.setPen(QColor("#616161"))
    painter.setFont(_font(12))
    painter.drawText(QRectF(body.left(), y, body.width(), _mm(10)), flags, subtitle)
    painter.setPen(QPen(QColor("#1e88e5"), _mm(1.2)))
    rule_y = y + _mm(16)
    painter.drawLine(QLineF(body.left(), rule_y, body.left() + _mm(40), rule_y))
    y = rule_y + _mm(12)
    label_width = _mm(34)
    for label, text in cover_summary(review, fmt):
        painter.setPen(QColor("#0d47a1"))
        painter.setFont(_font(11, bold=True))
        painter.drawText(QRectF(body.left(), y, label_width, _mm(20)), flags, label)
        painter.setPen(QColor("#212121"))
        painter.setFont(_font(11))
        box = QRectF(body.left() + label_width, y, body.width() - label_width, body.height())
        used = painter.boundingRect(box, flags, text)
        painter.drawText(used, flags, text)
        y = used.bottom() + _mm(5)


def cover_summary(review: Review, fmt: LocaleFormat) -> list[tuple[str, str]]:
    """The cover's three lines, one per block of the review: (label, text)."""
    parts = []
    if review.cycle is not None:
        parts.append(
            Report.tr("{cycle}: {progress} done, {expected} expected").format(
                cycle=review.cycle.name,
                progress=fmt.percent(review.cycle.progress, 0),
                expected=fmt.percent(review.cycle.expected, 0),
            )
        )
    behind = sum(k.status == "off_track" for k in review.key_results)
    if behind:
        parts.append(Report.tr("%n key result(s) off track", None, behind))
    if review.funnel_steps:
        changes = len(review.significant_steps)
        parts.append(Report.tr("%n significant funnel change(s)", None, changes))
    variance = " · ".join(parts) or Report.tr("No cycle or funnel data for this week")
    experiments = " · ".join(
        (Report.tr("{code} ended") if e.phase == "ended" else Report.tr("{code} running")).format(
            code=e.code
        )
        + _verdicts_in_short(e)
        + (
            f", {decided_by_text(decision_in_sentence(e.decision), e.decided_by)}"
            if e.decision
            else ""
        )
        for e in review.experiments
    ) or Report.tr("None ended or running")
    step = review.next_step
    if step.experiment_code:
        next_text = f"{step.experiment_code} · {step.experiment_title}"
        if step.proposed:
            next_text = Report.tr("proposed: {experiment}").format(experiment=next_text)
    else:
        next_text = Report.tr("Not chosen yet")
    return [
        (Report.tr("Variance"), variance),
        (Report.tr("Experiments"), experiments),
        (Report.tr("Next step"), next_text),
    ]


def _verdicts_in_short(e: ExperimentLine) -> str:
    """ ": the variant is leading, not conclusive" or, with several variants, ": B: the variant
    wins; C: …"."""
    if not e.variants:
        return ""
    if len(e.variants) == 1:
        return f": {verdict_in_sentence(e.variants[0].verdict)}"
    return ": " + "; ".join(f"{v.name}: {verdict_in_sentence(v.verdict)}" for v in e.variants)


def _draw_footer(
    painter: QPainter, pages: _Pages, review: Review, fmt: LocaleFormat, page: int, total: int
) -> None:
    painter.setPen(QColor("#757575"))
    painter.setFont(_font(8))
    left = f"{review.workspace} · {report_title(review, fmt)[0]}"
    painter.drawText(pages.footer, int(Qt.AlignmentFlag.AlignLeft), left)
    number = Report.tr("Page {page} of {total}").format(
        page=fmt.integer(page), total=fmt.integer(total)
    )
    painter.drawText(pages.footer, int(Qt.AlignmentFlag.AlignRight), number)


def build_document(
    review: Review, fmt: LocaleFormat, charts: Sequence[Chart], writer: QPdfWriter
) -> QTextDocument:
    """The review's QTextDocument laid out on the writer's body width and page height."""
    pages = _Pages(writer)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    for chart in charts:
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"chart-{chart.name}.png"), chart.image
        )
    document.setDocumentMargin(0)
    document.setDefaultFont(_font(10))
    document.setHtml(
        report_html(
            review,
            fmt,
            charts,
            lambda c: f"chart-{c.name}.png",
            standalone=False,
            scale=writer.resolution() / CSS_DPI,
        )
    )
    document.setPageSize(QSizeF(pages.body.width(), pages.body.height()))
    keep_headings_with_next(document)
    keep_rows_together(document)
    return document


def _relayout(document: QTextDocument) -> None:
    """Lay the whole document out again: after a format change QTextDocumentLayout only
    updates part of it, leaving later blocks at stale positions (and unpainted)."""
    document.markContentsDirty(0, document.characterCount())


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found += _tables(child)
    return found


def keep_headings_with_next(document: QTextDocument) -> int:
    """Start a heading on the next page when what follows it does; returns how many."""
    layout = document.documentLayout()
    page = document.pageSize().height()
    moved = 0
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            top = layout.blockBoundingRect(block).top()
            next_top = layout.blockBoundingRect(following).top()
            if int(top // page) != int(next_top // page):
                cursor = QTextCursor(block)
                block_format = cursor.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(block_format)
                _relayout(document)
                moved += 1
        block = following
    return moved


def keep_rows_together(document: QTextDocument) -> int:
    """Move every table row that a page break would cut in two wholly onto the next page.

    QTextDocument moves a row to the next page (under the repeated header row) only when the
    first line of one of its cells does not fit; otherwise it breaks the cells' lines across
    the pages. A row that would break gets just enough top padding that its first line no
    longer fits, so it moves whole (the padding, less than a line, stays above its text).
    Rows taller than a page are left to break. Returns how many rows were moved.
    """
    layout = document.documentLayout()
    page = document.pageSize().height()
    device = layout.paintDevice()
    # Cell paddings are CSS pixels, which the layout scales to the device's resolution.
    per_css_pixel = device.logicalDpiY() / CSS_DPI if device is not None else 1.0
    moved = 0
    for table in _tables(document.rootFrame()):
        for row in range(table.format().headerRowCount(), table.rows()):
            cells = [table.cellAt(row, column) for column in range(table.columns())]
            top, bottom, first_line_bottom = math.inf, -math.inf, -math.inf
            for cell in cells:
                first = cell.firstCursorPosition().block()
                rect = layout.blockBoundingRect(first)
                top = min(top, rect.top())
                bottom = max(
                    bottom, layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom()
                )
                lines = first.layout()
                if lines.lineCount():
                    first_line_bottom = max(
                        first_line_bottom, rect.top() + lines.lineAt(0).rect().bottom()
                    )
            if int(top // page) == int((bottom - 1) // page) or bottom - top >= page:
                continue
            page_end = (int(top // page) + 1) * page
            push = (max(page_end - first_line_bottom, 0.0) + 1) / per_css_pixel
            for cell in cells:
                cell_format = cell.format().toTableCellFormat()
                cell_format.setTopPadding(cell_format.topPadding() + push)
                cell.setFormat(cell_format)
            _relayout(document)
            moved += 1
    return moved


def new_writer(path: Path, paper: str, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(PRINT_DPI)
    layout = QPageLayout(
        QPageSize(PAPER.get(paper, QPageSize.PageSizeId.A4)),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator("okrdesk")
    return writer


def write_pdf(
    path: Path,
    review: Review,
    fmt: LocaleFormat,
    charts: Sequence[Chart],
    paper: str = "A4",
    logo: QImage | None = None,
) -> int:
    """Write the PDF and return its number of pages (the cover included)."""
    title = report_title(review, fmt)[0]
    writer = new_writer(path, paper, f"{review.workspace} · {title}")
    pages = _Pages(writer)
    document = build_document(review, fmt, charts, writer)
    body_pages = document.pageCount()
    total = body_pages + 1
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: cannot write the PDF there")
    # Charts and logo as Flate (lossless) rather than Qt's default JPEG: sharper text and
    # lines, smaller files, and less time to write than the JPEG encoder takes.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        _draw_cover(painter, pages, review, fmt, logo)
        height = pages.body.height()
        for page in range(body_pages):
            writer.newPage()
            painter.save()
            painter.translate(pages.body.left(), pages.body.top() - page * height)
            document.drawContents(painter, QRectF(0, page * height, pages.body.width(), height))
            painter.restore()
            _draw_footer(painter, pages, review, fmt, page + 2, total)
    finally:
        painter.end()
    return total
