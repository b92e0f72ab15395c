package ca.contingent.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The messages: the root bundle {@code messages} (page plumbing shared by every module)
 * and each module's own bundle {@code i18n/<module>/messages}, named after its package.
 * The module bundles are found on the class path, so that a module brings its messages
 * without a list to edit.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    static final String MODULE_BUNDLES = "classpath*:i18n/*/messages.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        // A French page never falls back to the server's locale; English (the default
        // bundle) is the fallback.
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static List<String> basenames() throws IOException {
        TreeSet<String> modules = new TreeSet<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
            String url = bundle.getURL().toString();
            String path = url.substring(url.lastIndexOf("/i18n/") + 1);
            modules.add(path.substring(0, path.length() - ".properties".length()));
        }
        List<String> basenames = new ArrayList<>();
        basenames.add("messages");
        basenames.addAll(modules);
        return basenames;
    }

}
