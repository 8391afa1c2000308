from django.views.decorators.csrf import csrf_exempt
from django.views.decorators import csrf
from django.views.decorators.csrf import csrf_protect


# ruleid: py.django-csrf-exempt
@csrf_exempt
def webhook(request):
    return None


# ruleid: py.django-csrf-exempt
@csrf.csrf_exempt
def update(request):
    return None


# ok: py.django-csrf-exempt
@csrf_protect
def profile(request):
    return None


def view(request):
    return None


# ruleid: py.django-csrf-exempt
exempt_view = csrf_exempt(view)
# ok: py.django-csrf-exempt
protected = csrf_protect(view)
# ok: py.django-csrf-exempt
exempt(view)
