package dev.meridian.sync.backup;

import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.servlets.WebdavServlet;
import org.apache.catalina.startup.Tomcat;

/** A real WebDAV server: embedded Tomcat's WebdavServlet, writable, serving a folder on a free localhost port. */
final class LocalWebDavServer implements AutoCloseable {

    private final Tomcat tomcat;

    LocalWebDavServer(Path folder, Path work) throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(work.toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addContext("", folder.toString());
        Wrapper servlet = Tomcat.addServlet(context, "webdav", new WebdavServlet());
        servlet.addInitParameter("readonly", "false");
        servlet.addInitParameter("listings", "true");
        context.addServletMappingDecoded("/*", "webdav");
        tomcat.start();
    }

    String url() {
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/backups/";
    }

    @Override
    public void close() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }
}
