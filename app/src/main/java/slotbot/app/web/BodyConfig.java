package slotbot.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Request bodies read as strict UTF-8 ({@link StrictTextConverter}), ahead of the default String converter. */
@Configuration(proxyBeanMethods = false)
class BodyConfig implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.addCustomConverter(new StrictTextConverter());
    }
}
