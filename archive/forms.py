"""Validation of the reader pages' GET parameters."""

from django import forms

from archive.models import Park


class PageForm(forms.Form):
    """``?page=N``: anything that is not a positive integer means the first page."""

    page = forms.IntegerField(min_value=1, required=False)

    def page_number(self):
        if self.is_valid():
            return self.cleaned_data["page"] or 1
        return 1


class DirectoryForm(forms.Form):
    """``?kind=``: which kind of park the directory lists; national high-tech zones by default."""

    kind = forms.ChoiceField(
        choices=[(Park.Kind.HITECH, "国家高新区"), (Park.Kind.ETDZ, "国家级经开区"), (Park.Kind.OTHER, "其他园区")],
        required=False,
    )

    def selected_kind(self):
        if self.is_valid() and self.cleaned_data["kind"]:
            return self.cleaned_data["kind"]
        return Park.Kind.HITECH
