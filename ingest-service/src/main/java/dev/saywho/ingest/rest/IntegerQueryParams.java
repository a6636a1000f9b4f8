package dev.saywho.ingest.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.saywho.common.Problem;
import dev.saywho.web.Problems;

/**
 * Refuses an integer query parameter (page, size, on the API and the pages alike) whose value is not an integer, with
 * a 400 that names it. JAX-RS answers a query parameter it cannot convert with a 404, as if the resource did not
 * exist, and without saying which parameter was wrong. Runs after routing, after the access check, and before the
 * method's parameters are converted; values that convert are left to the parameters' own constraints.
 */
public class IntegerQueryParams {

    /** An integer query parameter of a resource method, with its bounds when it declares them. */
    record IntegerParam(String name, boolean isLong, Long min, Long max) {

        boolean accepts(String value) {
            try {
                if (isLong) {
                    Long.parseLong(value);
                } else {
                    Integer.parseInt(value);
                }
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        String violation() {
            if (min != null && max != null) {
                return "must be an integer from " + min + " to " + max;
            }
            if (min != null) {
                return "must be an integer of at least " + min;
            }
            return max != null ? "must be an integer of at most " + max : "must be an integer";
        }
    }

    /** The integer query parameters of each resource method met so far. */
    private final Map<Method, List<IntegerParam>> params = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (IntegerParam param : params.computeIfAbsent(method, IntegerQueryParams::integerParams)) {
            // The first value is the one JAX-RS converts; an empty one means the default.
            String value = request.getUriInfo().getQueryParameters().getFirst(param.name());
            if (value != null && !value.isEmpty() && !param.accepts(value)) {
                violations.add(new Problem.Violation(param.name(), param.violation()));
            }
        }
        return violations.isEmpty()
                ? null
                : ProblemMapper.problem(Problems.invalidRequest(
                        request.getUriInfo().getRequestUri().getRawPath(), violations));
    }

    static List<IntegerParam> integerParams(Method method) {
        List<IntegerParam> params = new ArrayList<>();
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            boolean isInt = types[i] == int.class || types[i] == Integer.class;
            boolean isLong = types[i] == long.class || types[i] == Long.class;
            String name = null;
            Long min = null;
            Long max = null;
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam query) {
                    name = query.value();
                } else if (annotation instanceof Min m) {
                    min = m.value();
                } else if (annotation instanceof Max m) {
                    max = m.value();
                }
            }
            if (name != null && (isInt || isLong)) {
                params.add(new IntegerParam(name, isLong, min, max));
            }
        }
        return List.copyOf(params);
    }
}
