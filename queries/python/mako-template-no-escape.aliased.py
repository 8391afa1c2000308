from mako.template import Template as Tpl

# ruleid: py.mako-template-no-escape
t = Tpl(text)
