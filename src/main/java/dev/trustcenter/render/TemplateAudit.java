package dev.trustcenter.render;

import java.util.Map;

/** A look at the variables each template is given, and through the map it returns, at which it reads. */
public interface TemplateAudit {

    TemplateAudit NONE = (template, variables) -> variables;

    Map<String, Object> wrap(String template, Map<String, Object> variables);
}
