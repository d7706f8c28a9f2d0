"""Bulk actions that need input: an intermediate page with a form, then the operation."""

from django.contrib import messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.template.response import TemplateResponse

from archive.curation import CurationError
from archive.pipeline.jumps import JumpError

MAX_LISTED = 200


def form_action(modeladmin, request, queryset, *, action, form_class, title, apply, intro="", form_kwargs=None):
    """Show ``form_class`` for the selected objects; on "apply", call ``apply(data, objects)``.

    ``apply`` returns the success message. The page posts back to the changelist with the
    same action and selection (and CSRF token), so Django's action machinery runs again.
    Returning ``None`` lets the admin redirect back to the changelist.
    """
    form_kwargs = form_kwargs or {}
    objects = list(queryset)
    if "apply" in request.POST:
        form = form_class(request.POST, **form_kwargs)
        if form.is_valid():
            try:
                message = apply(form.cleaned_data, objects)
            except (CurationError, JumpError) as exc:
                modeladmin.message_user(request, str(exc), messages.ERROR)
            else:
                modeladmin.message_user(request, message, messages.SUCCESS)
            return None
    else:
        form = form_class(**form_kwargs)
    opts = modeladmin.model._meta
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "intro": intro,
        "form": form,
        "objects": objects[:MAX_LISTED],
        "hidden_count": max(len(objects) - MAX_LISTED, 0),
        "selected_pks": [obj.pk for obj in objects],
        "action": action,
        "select_across": request.POST.get("select_across", "0"),
        "action_checkbox_name": ACTION_CHECKBOX_NAME,
        "opts": opts,
        "media": modeladmin.media + form.media,
    }
    return TemplateResponse(request, "admin/archive/action_form.html", context)
