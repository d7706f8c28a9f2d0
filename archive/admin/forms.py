"""Forms for the admin's intermediate pages (bulk actions, split, merge, import)."""

import re
import unicodedata
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.widgets import AdminDateWidget, AutocompleteSelect

from archive.models import Article, ArticlePark, Byline, Park, Reporter


def _park_field(label, help_text=""):
    return forms.ModelChoiceField(
        label=label,
        queryset=Park.objects.all(),
        widget=AutocompleteSelect(ArticlePark._meta.get_field("park"), admin.site),
        help_text=help_text,
    )


class ParkForm(forms.Form):
    park = _park_field("园区", "输入园区名称、简称或别名搜索。")


class ColumnForm(forms.Form):
    column = forms.CharField(label="栏目", max_length=100, required=False, help_text="留空则清除栏目。")


class DateForm(forms.Form):
    published_on = forms.DateField(label="刊发日期", widget=AdminDateWidget)
    date_precision = forms.ChoiceField(
        label="日期精度", choices=Article.DatePrecision.choices, initial=Article.DatePrecision.DAY
    )


class ConfirmForm(forms.Form):
    """Nothing to fill in: the page only asks the editor to confirm."""


class MergeParkForm(forms.Form):
    target = _park_field("合并到", "所选园区的文章标签移到这个园区，名称成为它的别名，然后删除所选园区。")


class MergeReporterForm(forms.Form):
    target = forms.ModelChoiceField(
        label="合并到",
        queryset=Reporter.objects.all(),
        widget=AutocompleteSelect(Byline._meta.get_field("reporter"), admin.site),
        help_text="所选记者的署名移到这个记者名下，然后删除所选记者。",
    )


class SplitForm(forms.Form):
    at = forms.TypedChoiceField(label="从哪一段开始拆出新文章", coerce=int, widget=forms.RadioSelect)
    headline = forms.CharField(
        label="新文章标题",
        max_length=300,
        required=False,
        help_text="留空时，如果拆分处是小标题，就用这个小标题作新文章的标题。",
    )

    def __init__(self, *args, article, **kwargs):
        super().__init__(*args, **kwargs)
        blocks = article.blocks
        self.fields["at"].choices = [
            (i, f"第{i + 1}段{'（小标题）' if b['kind'] == 'subhead' else ''}：{b['text'][:60]}")
            for i, b in enumerate(blocks)
            if i > 0
        ]


class MoveUnplacedForm(forms.Form):
    fragments = forms.TypedMultipleChoiceField(
        label="未归位片段",
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        help_text="选中的片段按顺序追加为文章末尾的段落。",
    )
    article = forms.ModelChoiceField(label="移入文章", queryset=Article.objects.none())

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fragments"].choices = [(i, text[:200]) for i, text in enumerate(page.unplaced)]
        self.fields["article"].queryset = page.articles.order_by("order_on_page", "id")
        self.fields["article"].label_from_instance = lambda a: f"{a.order_on_page}. {a.headline}"


# --- importing pages -------------------------------------------------------------------


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,text/plain"}))
        # An empty file is reported by the importer on its own line, not as a form error.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(d, initial) for d in data]
        return [super().clean(data, initial)]


CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")


def display_name(name):
    """The client's file name reduced to a label: no directories, no control characters.

    It is stored as the page's ``file_name`` and shown to editors, never used as a path.
    """
    name = unicodedata.normalize("NFC", name or "")
    name = PurePosixPath(name.replace("\\", "/")).name
    name = CONTROL_CHARS.sub("", name).strip()
    if name in ("", ".", ".."):
        return "未命名.txt"
    return name[:255]


class ImportPagesForm(forms.Form):
    files = MultipleFileField(
        label="版面文件", help_text="一个或多个 .txt 文件，每个文件一个版面（UTF-8 或 GBK/GB18030 编码均可）。"
    )
    newspaper = forms.CharField(label="报纸", max_length=60, required=False)
    issue_date = forms.DateField(
        label="出版日期", required=False, widget=AdminDateWidget, help_text="留空时，导入程序从正文推测日期并标为推测。"
    )
    page_label = forms.CharField(label="版次", max_length=40, required=False)
    publish = forms.BooleanField(label="直接发布", required=False, help_text="不勾选时文章进入待审（已导入）。")

    def clean_files(self):
        files = self.cleaned_data["files"]
        limit = settings.ARCHIVE_MAX_UPLOAD_FILES
        if len(files) > limit:
            raise forms.ValidationError(f"一次最多上传 {limit} 个文件，您选择了 {len(files)} 个。")
        return files

    def checked_files(self):
        """(name, content, reason) per uploaded file, in upload order.

        Each file is checked on its own so one bad file doesn't block the others: a refused
        file has ``content`` None and a ``reason``. Oversized files are refused from their
        size alone, without being read.
        """
        limit = settings.ARCHIVE_MAX_PAGE_BYTES
        checked = []
        for upload in self.cleaned_data["files"]:
            name = display_name(upload.name)
            if not name.lower().endswith(".txt"):
                checked.append((name, None, "只接受 .txt 文本文件（only .txt files）"))
            elif upload.size > limit:
                checked.append((name, None, f"文件过大：{upload.size:,} 字节，上限 {limit:,} 字节（file too large）"))
            else:
                checked.append((name, upload.read(limit + 1), ""))
        return checked
